using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>Adds one rule to Identity's sign-in: a suspended user cannot sign in.</summary>
public sealed class LmsSignInManager(
    UserManager<LmsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LmsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LmsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LmsUser> confirmation)
    : SignInManager<LmsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(LmsUser user) => !user.IsSuspended && await base.CanSignInAsync(user);
}
