using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>"My e-mail preferences": each user chooses, per kind, immediately, a weekly digest or never.</summary>
[Authorize]
[Route("my/email-preferences")]
public sealed class EmailPreferencesController(UserManager<LmsUser> users, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(new EmailPreferencesModel { Reminders = user.ReminderEmails, Certificates = user.CertificateEmails });
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(EmailPreferencesModel model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!Enum.IsDefined(model.Reminders))
        {
            ModelState.AddModelError(nameof(model.Reminders), text["Preferences.Invalid"]);
        }

        if (!Enum.IsDefined(model.Certificates))
        {
            ModelState.AddModelError(nameof(model.Certificates), text["Preferences.Invalid"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", model);
        }

        user.SetEmailFrequency(EmailTopic.Reminders, model.Reminders);
        user.SetEmailFrequency(EmailTopic.Certificates, model.Certificates);
        await users.UpdateAsync(user);
        TempData["Notice"] = text["Preferences.Saved"].Value;
        return RedirectToAction(nameof(Index));
    }
}
