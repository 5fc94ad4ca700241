using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Responses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// Who is in a cohort and who can still join it: removing a member and replacing the join code. Each first shows a
/// page of its own (GET) saying what happens; the button there posts to the same address.
/// </summary>
[Authorize(Roles = Roles.StaffOrAdmin)]
[Route("staff/cohorts")]
public sealed class CohortMembershipController(LmsDbContext db, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("{id:int}/members/{userId}/remove")]
    public async Task<IActionResult> ConfirmRemoveMember(int id, string userId)
    {
        var member = await (
            from cohort in db.Cohorts
            where cohort.Id == id
            from m in cohort.Members
            where m.LearnerId == userId
            join user in db.Users on m.LearnerId equals user.Id
            select new { cohort.Name, user.FullName, user.Email }).SingleOrDefaultAsync();
        return member is null
            ? NotFound()
            : this.Confirm(new ConfirmViewModel(text["Cohort.Remove.Title"].Value, text["Cohort.Remove.Text", member.FullName, member.Email ?? "", member.Name].Value,
                null, $"/staff/cohorts/{id}/members/{userId}/remove", text["Cohort.RemoveMember"].Value, $"/staff/cohorts/{id}"));
    }

    [HttpPost("{id:int}/members/{userId}/remove")]
    public async Task<IActionResult> RemoveMember(int id, string userId)
    {
        var cohort = await db.Cohorts.Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id);
        if (cohort is null)
        {
            return NotFound();
        }

        cohort.RemoveMember(userId);
        await db.SaveChangesAsync();
        return RedirectToAction(nameof(CohortsController.Details), "Cohorts", new { id });
    }

    [HttpGet("{id:int}/join-code")]
    public async Task<IActionResult> ConfirmNewJoinCode(int id)
    {
        var code = await db.Cohorts.Where(c => c.Id == id).Select(c => c.JoinCode).SingleOrDefaultAsync();
        return code is null
            ? NotFound()
            : this.Confirm(new ConfirmViewModel(text["Cohort.NewCode.Title"].Value, text["Cohort.NewCode.Text", code].Value,
                text["Cohort.NewCode.CannotUndo"].Value, $"/staff/cohorts/{id}/join-code", text["Cohort.NewJoinCode"].Value, $"/staff/cohorts/{id}"));
    }

    [HttpPost("{id:int}/join-code")]
    public async Task<IActionResult> NewJoinCode(int id)
    {
        var cohort = await db.Cohorts.FindAsync(id);
        if (cohort is null)
        {
            return NotFound();
        }

        cohort.SetJoinCode(JoinCodes.New());
        await db.SaveChangesAsync();
        return RedirectToAction(nameof(CohortsController.Details), "Cohorts", new { id });
    }
}
