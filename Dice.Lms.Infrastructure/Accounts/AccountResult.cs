using Dice.Lms.Infrastructure.Identity;

namespace Dice.Lms.Infrastructure.Accounts;

/// <summary>
/// What happened to the account. <see cref="WasReset"/>: an unconfirmed account was emptied of its password and sessions
/// and needs an invitation; <see cref="PreviousName"/> and <see cref="PreviousOrganization"/> are set when an existing
/// account's name or organisation changed, so the page can say so; <see cref="RefusedStaffAccount"/>: staff asked to
/// change a staff or admin account.
/// </summary>
public sealed record AccountResult(LmsUser? User, bool Created, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0 && User is not null;

    public bool WasReset { get; init; }

    public string? PreviousName { get; init; }

    public string? PreviousOrganization { get; init; }

    public bool RefusedStaffAccount { get; init; }

    public static AccountResult Failed(params string[] errors) => new(null, false, errors);
}
