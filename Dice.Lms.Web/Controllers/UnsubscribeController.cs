using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// The one-click unsubscribe link of every non-account e-mail. Nobody signs in: the signed token in the address is the
/// authorisation, and it can only switch one kind of e-mail off for the one user it names.
/// </summary>
[AllowAnonymous]
[Route("email/unsubscribe/{token}")]
public sealed class UnsubscribeController(UnsubscribeLinks links, UserManager<LmsUser> users) : Controller
{
    /// <summary>A page with a button, never the change itself: link scanners and previews follow GET links.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Confirm(string token)
    {
        var (user, topic, refusal) = await ReadAsync(token);
        return refusal ?? View(new UnsubscribeViewModel(token, topic, Done: user!.EmailFrequency(topic) == EmailFrequency.Never));
    }

    // RFC 8058: a mail client unsubscribes with a bare POST ("List-Unsubscribe=One-Click") to the List-Unsubscribe
    // address, without cookies and so without an antiforgery token. This one action is exempt from the global
    // antiforgery filter; the Data Protection signature on the token authorises it instead, and forging a request
    // here can do nothing but what the holder of the e-mail could do anyway.
    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Unsubscribe(string token)
    {
        var (user, topic, refusal) = await ReadAsync(token);
        if (refusal is not null)
        {
            return refusal;
        }

        if (user!.EmailFrequency(topic) != EmailFrequency.Never)
        {
            user.SetEmailFrequency(topic, EmailFrequency.Never);
            await users.UpdateAsync(user);
        }

        return View("Confirm", new UnsubscribeViewModel(token, topic, Done: true));
    }

    private async Task<(LmsUser? User, EmailTopic Topic, IActionResult? Refusal)> ReadAsync(string token)
    {
        var read = links.Read(token, out var reason);
        var user = read is { } r ? await users.FindByIdAsync(r.UserId) : null;
        if (read is null || user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (null, default, View("Invalid", reason ?? "The link names a user who no longer exists."));
        }

        return (user, read.Value.Topic, null);
    }
}
