using System.Security.Claims;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Security;

/// <summary>
/// Checks every signed-in request against the account and its session: a changed password, role or suspension
/// changes the security stamp, and a session with the old stamp ends at once; a session signed out, or signed in more
/// than <see cref="AccountSession.Lifetime"/> ago, ends too (<see cref="AccountSessions"/>).
/// </summary>
/// <remarks>
/// Identity's own SecurityStampValidator with a zero interval would do the same but re-issue the cookie on every
/// response, which forbids caching (no 304s for lessons) and adds a kilobyte to each page. The stamps come from
/// <see cref="AccountStamps"/>: a change made here counts at once, elsewhere within half a minute; a cookie newer than
/// the kept stamp makes it read again.
/// </remarks>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(stampClaim);
        var stamps = services.GetRequiredService<AccountStamps>();
        var db = services.GetRequiredService<LmsDbContext>();
        var account = userId is null ? null : await stamps.GetAsync(db, userId, context.HttpContext.RequestAborted);
        if (account is not null && account.SecurityStamp != stamp)
        {
            // The kept stamp may be older than the cookie: a password changed through another node gives the device that
            // changed it a new stamp at once. Read again before refusing, or that device is signed out too.
            stamps.Forget(userId!);
            account = await stamps.GetAsync(db, userId!, context.HttpContext.RequestAborted);
        }

        var sessionId = context.Principal?.FindFirstValue(AccountSession.ClaimType);
        if (account is null || account.IsSuspended || account.SecurityStamp != stamp || sessionId is null
            || !await services.GetRequiredService<AccountSessions>().IsOpenAsync(db, userId!, sessionId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
