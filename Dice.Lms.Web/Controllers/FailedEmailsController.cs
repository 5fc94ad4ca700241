using Dice.Lms.Domain.Email;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>E-mails the server refused for good (or that failed too often), for staff to fix and send again.</summary>
[Authorize(Roles = Roles.StaffOrAdmin)]
[Route("staff/failed-emails")]
public sealed class FailedEmailsController(LmsDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = await db.OutboxEmails
            .Where(e => e.Status == OutboxStatus.Failed)
            .OrderByDescending(e => e.Id)
            .Take(500)
            .Select(e => new FailedEmailRow(e.Id, e.ToAddress, e.Kind, e.LastError, e.Attempts, e.CreatedAt, e.NextAttemptAt))
            .ToListAsync();
        return View(rows);
    }

    [HttpPost("{id:long}/retry")]
    public async Task<IActionResult> Retry(long id)
    {
        var email = await db.OutboxEmails.SingleOrDefaultAsync(e => e.Id == id && e.Status == OutboxStatus.Failed);
        if (email is null)
        {
            return NotFound();
        }

        email.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Notice"] = text["FailedEmails.Retrying", email.ToAddress].Value;
        return RedirectToAction(nameof(Index));
    }
}
