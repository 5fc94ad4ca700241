using Dice.Lms.Domain.Audit;
using Dice.Lms.Infrastructure.Audit;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Responses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

[Authorize(Roles = Roles.Admin)]
[Route("admin/users")]
public sealed class AdminUsersController(LmsDbContext db, UserManager<LmsUser> users, AuditTrail audit, IStringLocalizer<SharedResource> text) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        page = Math.Max(1, page);
        var query = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(u => u.Email!.Contains(term) || u.FullName.Contains(term));
        }

        var total = await query.CountAsync();
        var rows = await query
            .OrderBy(u => u.Email)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(u => new UserRow(
                u.Id,
                u.Email!,
                u.FullName,
                db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).FirstOrDefault() ?? "",
                u.IsSuspended,
                u.EmailConfirmed))
            .ToListAsync();
        return View(new UserListViewModel(rows, q, page, (total + PageSize - 1) / PageSize, total));
    }

    [HttpPost("{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, string role)
    {
        var user = await users.FindByIdAsync(id);
        var wanted = Roles.Find(role);
        if (user is null)
        {
            return NotFound();
        }

        if (wanted is null)
        {
            return BadRequest($"Unknown role '{role}'.");
        }

        if (user.Id == users.GetUserId(User) && wanted != Roles.Admin)
        {
            // An administrator cannot lock everyone out by demoting themselves.
            TempData["Notice"] = text["Admin.CannotDemoteSelf"].Value;
            return RedirectToAction(nameof(Index));
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Where(r => r != wanted));
        if (!current.Contains(wanted))
        {
            await users.AddToRoleAsync(user, wanted);
        }

        // Ends the user's sessions so the new role applies at once; saves the event with it.
        audit.Add(AuditEventType.RoleChanged, user.Id, $"{user.Email}: {string.Join(", ", current)} → {wanted}");
        await users.UpdateSecurityStampAsync(user);
        TempData["Notice"] = text["Admin.RoleChanged", user.Email!, text["Role." + wanted].Value].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/suspend")]
    public async Task<IActionResult> ConfirmSuspend(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        // The page offers the opposite of the account's state: suspend an active account, reinstate a suspended one.
        var suspend = !user.IsSuspended;
        return this.Confirm(new ConfirmViewModel(text[suspend ? "Admin.Suspend.Title" : "Admin.Reinstate.Title"].Value,
            text[suspend ? "Admin.Suspend.Text" : "Admin.Reinstate.Text", user.FullName, user.Email!].Value, null, $"/admin/users/{id}/suspend",
            text[suspend ? "Admin.Users.Suspend" : "Admin.Users.Reinstate"].Value, "/admin/users?q=" + Uri.EscapeDataString(user.Email!))
        {
            Hidden = new Dictionary<string, string> { ["suspended"] = suspend ? "true" : "false" },
        });
    }

    [HttpPost("{id}/suspend")]
    public async Task<IActionResult> Suspend(string id, bool suspended)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Notice"] = text["Admin.CannotSuspendSelf"].Value;
            return RedirectToAction(nameof(Index));
        }

        user.IsSuspended = suspended;
        audit.Add(suspended ? AuditEventType.Suspended : AuditEventType.Reinstated, user.Id, user.Email);
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        TempData["Notice"] = text[suspended ? "Admin.Suspended" : "Admin.Reinstated", user.Email!].Value;
        return RedirectToAction(nameof(Index));
    }
}
