using System.Security.Claims;
using Dice.Lms.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in with two rules added: a suspended user cannot sign in, and every sign-in is a server-side
/// <see cref="AccountSession"/> that sign-out ends for good.
/// </summary>
public sealed class LmsSignInManager(
    UserManager<LmsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LmsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LmsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LmsUser> confirmation,
    LmsDbContext db,
    AccountSessions sessions)
    : SignInManager<LmsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // A hash to check unknown addresses against, so that they take as long to refuse as a wrong password.
    private static string? _unknownUserHash;

    public override async Task<bool> CanSignInAsync(LmsUser user) => !user.IsSuspended && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            _unknownUserHash ??= UserManager.PasswordHasher.HashPassword(new LmsUser(), Guid.NewGuid().ToString());
            UserManager.PasswordHasher.VerifyHashedPassword(new LmsUser(), _unknownUserHash, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>Every sign-in, and the refresh after a password change, starts a new session and ends the one it replaces.</summary>
    public override async Task SignInWithClaimsAsync(LmsUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        await EndCurrentSessionAsync();
        var session = await sessions.StartAsync(db, user.Id);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims.Append(new Claim(AccountSession.ClaimType, session.Id)));
    }

    public override async Task SignOutAsync()
    {
        await EndCurrentSessionAsync();
        await base.SignOutAsync();
    }

    /// <summary>Ends every session of the user, this one included ("sign out everywhere").</summary>
    public async Task SignOutEverywhereAsync(LmsUser user)
    {
        await sessions.EndAllAsync(db, user.Id);
        // A new stamp also ends, at their next request, sessions another web node still believes open.
        await UserManager.UpdateSecurityStampAsync(user);
        await base.SignOutAsync();
    }

    private async Task EndCurrentSessionAsync()
    {
        if (Context.User.FindFirstValue(AccountSession.ClaimType) is { } current)
        {
            await sessions.EndAsync(db, current);
        }
    }
}
