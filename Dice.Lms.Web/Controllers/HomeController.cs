using Dice.Lms.Domain;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Controllers;

public sealed class HomeController(LmsDbContext db, UserManager<LmsUser> users) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        var courseCounts = await db.Courses.Where(c => c.IsPublished)
            .GroupBy(c => c.AreaId)
            .Select(g => new { Area = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Area, g => g.Count);
        var areas = CompetenceAreas.All
            .Select(a => new AreaSummary(a.Id, a.Code, a.Name(HttpContext.Language()), courseCounts.GetValueOrDefault(a.Id)))
            .ToList();
        var userId = users.GetUserId(User);
        return View(new HomeViewModel(areas) { Mine = userId is null ? null : await PersonalHomeAsync(userId, HttpContext.Language()) });
    }

    /// <summary>A learner's own part of the home: read in a few small queries, nothing stored.</summary>
    private async Task<PersonalHome> PersonalHomeAsync(string userId, string language)
    {
        var fullName = await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleOrDefaultAsync() ?? "";
        var enrolled = await (
            from e in db.Enrollments
            where e.LearnerId == userId
            join c in db.Courses on e.CourseId equals c.Id
            where c.IsPublished
            orderby e.DueDate == null, e.DueDate, e.EnrolledAt
            select new { c.Id, c.TitleMn, c.TitleEn, e.DueDate }).ToListAsync();
        var courseIds = enrolled.Select(e => e.Id).ToList();
        var modules = await db.Modules.Where(m => courseIds.Contains(m.CourseId) && m.ArchivedAt == null && m.CurrentVersionId != null)
            .Select(m => new { m.Id, m.CourseId, m.Position, m.CurrentVersionId }).ToListAsync();
        var moduleIds = modules.Select(m => m.Id).ToList();
        var progress = await db.ModuleProgress.Where(p => p.LearnerId == userId && moduleIds.Contains(p.ModuleId))
            .Select(p => new { p.ModuleId, p.LastVisitedAt, Done = p.CompletedAt != null }).ToListAsync();
        var done = progress.Where(p => p.Done).Select(p => p.ModuleId).ToHashSet();

        // Continue at the module visited last that is not finished, else the first unfinished module of the first course.
        var next = progress.Where(p => !p.Done).OrderByDescending(p => p.LastVisitedAt).Select(p => modules.First(m => m.Id == p.ModuleId)).FirstOrDefault()
            ?? enrolled.Select(c => modules.Where(m => m.CourseId == c.Id && !done.Contains(m.Id)).OrderBy(m => m.Position).FirstOrDefault()).FirstOrDefault(m => m is not null);
        ContinueItem? resume = null;
        if (next is not null)
        {
            var version = await db.ModuleVersions.Include(v => v.Texts).SingleAsync(v => v.Id == next.CurrentVersionId);
            var course = enrolled.First(c => c.Id == next.CourseId);
            resume = new ContinueItem(course.Id, language == "en" ? course.TitleEn : course.TitleMn, next.Id, version.Text(language)?.Title ?? next.Id);
        }

        var certificate = await db.Certificates.Where(c => c.LearnerId == userId && c.Status == CertificateStatus.Valid).OrderByDescending(c => c.IssuedAt)
            .Select(c => new { c.CourseTitleMn, c.CourseTitleEn, c.IssuedAt }).FirstOrDefaultAsync();
        return new PersonalHome(
            fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "",
            resume,
            [.. enrolled.Select(c => new MyCourseItem(c.Id, language == "en" ? c.TitleEn : c.TitleMn, modules.Count(m => m.CourseId == c.Id && done.Contains(m.Id)),
                modules.Count(m => m.CourseId == c.Id), c.DueDate))],
            await db.SelfAssessments.AnyAsync(a => a.LearnerId == userId),
            certificate is null ? null : new LatestCertificate(language == "en" ? certificate.CourseTitleEn : certificate.CourseTitleMn, certificate.IssuedAt));
    }

    /// <summary>Remembers the chosen language in a cookie and, for a signed-in user, in their account.</summary>
    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();

    [HttpPost("/language")]
    public async Task<IActionResult> Language(string culture, string? returnUrl)
    {
        var language = Languages.Normalize(culture);
        Response.SetLanguageCookie(language);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredLanguage != language)
        {
            user.PreferredLanguage = language;
            await users.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    [HttpGet("/error/{statusCode:int}")]
    [HttpPost("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error(int statusCode)
    {
        // Re-executed by the status-code and exception middleware; never shows exception details.
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var code = feature is not null ? 500 : statusCode is >= 400 and < 600 ? statusCode : 404;
        Response.StatusCode = code;
        return View(new ErrorViewModel(code));
    }
}
