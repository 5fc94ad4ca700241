using Dice.Lms.Domain.Email;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// E-mails the server refused for good (or that failed too often), for staff to fix and send again, and e-mails whose
/// delivery was interrupted after the hand-over, for staff to send again only if the recipient did not get them.
/// </summary>
[Authorize(Roles = Roles.StaffOrAdmin)]
[Route("staff/failed-emails")]
public sealed class FailedEmailsController(LmsDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        return View(new FailedEmailsPage(await RowsAsync(OutboxStatus.Failed), await RowsAsync(OutboxStatus.Unconfirmed)));
    }

    [HttpPost("{id:long}/retry")]
    public async Task<IActionResult> Retry(long id)
    {
        var email = await db.OutboxEmails.SingleOrDefaultAsync(e => e.Id == id && (e.Status == OutboxStatus.Failed || e.Status == OutboxStatus.Unconfirmed));
        if (email is null)
        {
            return NotFound();
        }

        email.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Notice"] = text["FailedEmails.Retrying", email.ToAddress].Value;
        return RedirectToAction(nameof(Index));
    }

    private Task<List<FailedEmailRow>> RowsAsync(OutboxStatus status) =>
        db.OutboxEmails
            .Where(e => e.Status == status)
            .OrderByDescending(e => e.Id)
            .Take(500)
            .Select(e => new FailedEmailRow(e.Id, e.ToAddress, e.Kind, e.Subject, e.LastError, e.Attempts, e.CreatedAt, e.HandedOverAt))
            .ToListAsync();
}
