using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// Modules whose facts are due for another check: the published text of a language reviewed more than
/// <see cref="ModuleReview.Months"/> months ago, or never (published before reviews were kept).
/// </summary>
[Authorize(Roles = Roles.StaffOrAdmin)]
[Route("staff/reviews")]
public sealed class ReviewsController(LmsDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var language = HttpContext.Language();
        var modules = await db.Modules.AsNoTracking().Where(m => m.ArchivedAt == null && m.CurrentVersionId != null).ToListAsync();
        var versionIds = modules.Select(m => m.CurrentVersionId!.Value).ToList();
        var versions = await db.ModuleVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id);
        var courseIds = modules.Select(m => m.CourseId).Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var rows = modules
            .SelectMany(m => versions[m.CurrentVersionId!.Value].Texts.Select(t => (Module: m, Text: t)))
            .Where(x => ModuleReview.IsDue(x.Text.Reviewed, today))
            .Select(x => new ReviewRow(x.Module.CourseId, courses[x.Module.CourseId].Title(language), x.Module.Id, x.Text.Title, x.Text.Language, x.Text.Reviewed))
            .OrderBy(r => r.Reviewed ?? DateOnly.MinValue).ThenBy(r => r.CourseTitle, StringComparer.Ordinal).ThenBy(r => r.ModuleTitle, StringComparer.Ordinal)
            .ToList();
        return View(new ReviewsPage(rows, ModuleReview.Months));
    }
}
