using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Localization;

/// <summary>
/// The account errors a person can meet (a refused address, a taken one, a short password) in the reader's language;
/// Identity's own English wording where no translation applies (other errors, or the command line).
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError InvalidEmail(string? email) => Say(base.InvalidEmail(email), "Identity.InvalidEmail", email ?? "");

    // The user name is the e-mail address.
    public override IdentityError InvalidUserName(string? userName) => Say(base.InvalidUserName(userName), "Identity.InvalidEmail", userName ?? "");

    public override IdentityError DuplicateEmail(string email) => Say(base.DuplicateEmail(email), "Account.EmailTaken");

    public override IdentityError DuplicateUserName(string userName) => Say(base.DuplicateUserName(userName), "Account.EmailTaken");

    public override IdentityError PasswordTooShort(int length) => Say(base.PasswordTooShort(length), "Identity.PasswordTooShort", length);

    public override IdentityError ConcurrencyFailure() => Say(base.ConcurrencyFailure(), "Identity.ConcurrencyFailure");

    public override IdentityError DefaultError() => Say(base.DefaultError(), "Identity.DefaultError");

    private IdentityError Say(IdentityError error, string key, params object[] values)
    {
        var localized = text[key, values];
        return localized.ResourceNotFound ? error : new IdentityError { Code = error.Code, Description = localized.Value };
    }
}
