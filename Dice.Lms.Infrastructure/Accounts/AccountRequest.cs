using Dice.Lms.Domain;

namespace Dice.Lms.Infrastructure.Accounts;

/// <summary>
/// Who to create or update. A null <see cref="Role"/> keeps an existing user's roles (a new user becomes a learner);
/// a null password leaves the account to be claimed through an invitation e-mail. <see cref="ByStaff"/> applies the rules
/// for staff adding people to a cohort: a staff or admin account is never changed, and a self-registered account whose
/// address was never confirmed is reset for its real owner (docs/security.md).
/// </summary>
public sealed record AccountRequest(
    string Email,
    string FullName,
    string? Role = null,
    string? Password = null,
    string? Organization = null,
    string? Cohort = null,
    string Language = Languages.Mongolian,
    bool EmailConfirmed = false,
    bool ByStaff = false);
