using Dice.Lms.Infrastructure.Identity;

namespace Dice.Lms.Infrastructure.Accounts;

public sealed record AccountResult(LmsUser? User, bool Created, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0 && User is not null;

    public static AccountResult Failed(params string[] errors) => new(null, false, errors);
}
