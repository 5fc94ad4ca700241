using System.Text;
using Dice.Lms.Domain.Audit;
using Dice.Lms.Infrastructure.Audit;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Privacy;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Responses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>A person's copy of their data and their request to erase it; staff carry requests out (docs/privacy.md).</summary>
[Authorize]
public sealed class PersonalDataController(
    LmsDbContext db, PersonalData personalData, UserManager<LmsUser> users, AuditTrail audit, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("account/data")]
    public async Task<IActionResult> Index()
    {
        var userId = users.GetUserId(User)!;
        var pending = await db.ErasureRequests.Where(r => r.UserId == userId && r.CompletedAt == null).Select(r => (DateTime?)r.RequestedAt).FirstOrDefaultAsync();
        return View(new MyDataViewModel(pending));
    }

    /// <summary>Only ever the signed-in person's own data: the URL carries no id to change.</summary>
    [HttpGet("account/data/export.json")]
    public async Task<IActionResult> Export()
    {
        var userId = users.GetUserId(User)!;
        // Recorded first, so the file itself shows this export among the person's security events.
        await audit.WriteAsync(AuditEventType.PersonalDataExported, userId);
        var json = await personalData.ExportAsync(userId);
        if (json is null)
        {
            return NotFound();
        }

        Response.NeverStore();
        return File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", "dice-lms-my-data.json");
    }

    [HttpGet("account/data/erasure")]
    public IActionResult ConfirmErasure() => this.Confirm(new ConfirmViewModel(text["Privacy.Erasure.Confirm.Title"].Value,
        text["Privacy.Erasure.Confirm.Text"].Value, text["Privacy.Erasure.Confirm.CannotUndo"].Value, "/account/data/erasure",
        text["Privacy.RequestErasure"].Value, "/account/data"));

    [HttpPost("account/data/erasure")]
    public async Task<IActionResult> RequestErasure()
    {
        await personalData.RequestErasureAsync(users.GetUserId(User)!);
        TempData["Notice"] = text["Privacy.ErasureRequested"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("account/data/erasure/withdraw")]
    public IActionResult ConfirmWithdraw() => this.Confirm(new ConfirmViewModel(text["Privacy.Withdraw.Title"].Value,
        text["Privacy.Withdraw.Text"].Value, null, "/account/data/erasure/withdraw", text["Privacy.Withdraw"].Value, "/account/data"));

    [HttpPost("account/data/erasure/withdraw")]
    public async Task<IActionResult> Withdraw()
    {
        var withdrawn = await personalData.WithdrawErasureAsync(users.GetUserId(User)!);
        TempData["Notice"] = text[withdrawn ? "Privacy.Withdrawn" : "Privacy.NothingToWithdraw"].Value;
        return RedirectToAction(nameof(Index));
    }

    [Authorize(Roles = Roles.StaffOrAdmin)]
    [HttpGet("staff/erasure-requests")]
    public async Task<IActionResult> Requests()
    {
        var rows = await (
            from request in db.ErasureRequests
            join user in db.Users on request.UserId equals user.Id into found
            from user in found.DefaultIfEmpty()
            orderby request.CompletedAt == null descending, request.RequestedAt
            select new ErasureRequestRow(request.Id, request.RequestedAt, request.CompletedAt,
                request.CompletedAt == null && user != null ? user.FullName : null,
                request.CompletedAt == null && user != null ? user.Email : null))
            .ToListAsync();
        return View(rows);
    }

    [Authorize(Roles = Roles.StaffOrAdmin)]
    [HttpGet("staff/erasure-requests/{id:int}/erase")]
    public async Task<IActionResult> ConfirmErase(int id)
    {
        var request = await (
            from r in db.ErasureRequests
            where r.Id == id && r.CompletedAt == null
            join user in db.Users on r.UserId equals user.Id
            select new { user.FullName, user.Email }).SingleOrDefaultAsync();
        return request is null
            ? NotFound()
            : this.Confirm(new ConfirmViewModel(text["Privacy.Erase.Confirm.Title"].Value, text["Privacy.Erase.Confirm.Text", request.FullName, request.Email ?? ""].Value,
                text["Privacy.Requests.Warning"].Value, $"/staff/erasure-requests/{id}/erase", text["Privacy.Requests.Erase"].Value, "/staff/erasure-requests"));
    }

    /// <summary>Staff erase learners' and trainers' data; the accounts of staff and admins only an admin may erase.</summary>
    [Authorize(Roles = Roles.StaffOrAdmin)]
    [HttpPost("staff/erasure-requests/{id:int}/erase")]
    public async Task<IActionResult> Erase(int id)
    {
        var userId = await db.ErasureRequests.Where(r => r.Id == id).Select(r => r.UserId).SingleOrDefaultAsync();
        if (userId is null)
        {
            return NotFound();
        }

        var target = await users.FindByIdAsync(userId);
        if (target is not null && !User.IsInRole(Roles.Admin)
            && (await users.IsInRoleAsync(target, Roles.Staff) || await users.IsInRoleAsync(target, Roles.Admin)))
        {
            return Forbid();
        }

        var erased = await personalData.EraseAsync(id, users.GetUserId(User)!);
        if (!erased)
        {
            return this.Refuse(StatusCodes.Status409Conflict, text["Privacy.AlreadyDone.Title"].Value, text["Privacy.AlreadyDone.Text"].Value,
                Url.Action(nameof(Requests)), text["Privacy.Requests.Title"].Value);
        }

        TempData["Notice"] = text["Privacy.Erased"].Value;
        return RedirectToAction(nameof(Requests));
    }
}
