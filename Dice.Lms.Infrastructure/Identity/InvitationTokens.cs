using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// The link in an invitation: valid for <see cref="Lifespan"/> (the e-mail says so), where a password-reset link keeps
/// Identity's one day. It only ever lets the invited person choose their first password.
/// </summary>
public sealed class InvitationTokens(IDataProtectionProvider protection, IOptions<InvitationTokens.Settings> options, ILogger<DataProtectorTokenProvider<LmsUser>> logger)
    : DataProtectorTokenProvider<LmsUser>(protection, options, logger)
{
    public const string Provider = "Invitation";

    public const string Purpose = "ChoosePassword";

    public const int LifespanDays = 7;

    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(LifespanDays);

    /// <summary>
    /// A valid invitation token is exchanged for a password-reset token at the moment of use; anything else (an older
    /// invitation made of a reset token, a used or expired link) is handed on unchanged for the reset to judge.
    /// </summary>
    public static async Task<string> AsResetTokenAsync(UserManager<LmsUser> users, LmsUser user, string token) =>
        await users.VerifyUserTokenAsync(user, Provider, Purpose, token) ? await users.GeneratePasswordResetTokenAsync(user) : token;

    public sealed class Settings : DataProtectionTokenProviderOptions
    {
        public Settings()
        {
            Name = Provider;
            TokenLifespan = Lifespan;
        }
    }
}
