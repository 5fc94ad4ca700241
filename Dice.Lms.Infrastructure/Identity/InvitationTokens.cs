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

    public sealed class Settings : DataProtectionTokenProviderOptions
    {
        public Settings()
        {
            Name = Provider;
            TokenLifespan = Lifespan;
        }
    }
}
