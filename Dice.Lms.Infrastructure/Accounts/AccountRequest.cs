namespace Dice.Lms.Infrastructure.Accounts;

/// <summary>
/// Who to create or update. A null <see cref="Role"/> keeps an existing user's roles (a new user becomes a learner);
/// a null password leaves the account to be claimed through an invitation e-mail.
/// </summary>
public sealed record AccountRequest(
    string Email,
    string FullName,
    string? Role = null,
    string? Password = null,
    string? Organization = null,
    string? Cohort = null,
    string Language = "mn",
    bool EmailConfirmed = false);
