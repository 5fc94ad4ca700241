using System.Security.Cryptography;
using System.Text;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Certification;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Offline;
using Dice.Lms.Web.Security;
using Dice.Lms.Web.Xapi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Dice.Lms.Web.Controllers;

[Route("courses")]
public sealed class CoursesController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    LessonHtml lessons,
    CourseOutlines outlines,
    ModuleVersionCache versions,
    CertificateIssuing certificates,
    LearningRecords records,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    /// <summary>Sent by the service worker when it stores a module page for offline reading.</summary>
    public const string KeepHeader = "X-Dice-Keep";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var language = HttpContext.Language();
        var userId = users.GetUserId(User);
        var courses = await db.Courses.Where(c => c.IsPublished).OrderBy(c => c.Id).ToListAsync();
        var moduleCounts = await db.Modules.Where(m => m.ArchivedAt == null).GroupBy(m => m.CourseId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var enrolled = userId is null ? [] : await db.Enrollments.Where(e => e.LearnerId == userId).Select(e => e.CourseId).ToListAsync();
        var areas = CompetenceAreas.All.Select(a => new CatalogArea(a.Id, a.Code, a.Name(language), [.. courses
            .Where(c => c.AreaId == a.Id)
            .Select(c => new CatalogCourseItem(c.Id, c.Title(language), c.Description(language), moduleCounts.GetValueOrDefault(c.Id), enrolled.Contains(c.Id)))]))
            .ToList();
        return View(new CatalogViewModel(areas));
    }

    [HttpGet("{courseId}")]
    public async Task<IActionResult> Details(string courseId)
    {
        var outline = await outlines.GetPublishedAsync(db, courseId);
        if (outline is null)
        {
            return NotFound();
        }

        var course = outline.Course;
        var language = HttpContext.Language();
        var userId = users.GetUserId(User);
        var modules = await versions.CurrentAsync(db, outline.Modules);
        var enrollment = userId is null ? null : await db.Enrollments.SingleOrDefaultAsync(e => e.LearnerId == userId && e.CourseId == courseId);
        var progress = userId is null ? [] : await CourseProgressAsync(userId, modules);
        var completed = progress.Where(p => p.IsCompleted).Select(p => p.ModuleId).ToHashSet();
        // Resume at the module visited last, or the first one not completed.
        var resume = progress.OrderByDescending(p => p.LastVisitedAt).Select(p => p.ModuleId).FirstOrDefault(id => !completed.Contains(id))
            ?? modules.Select(m => m.Module.Id).FirstOrDefault(id => !completed.Contains(id));
        return View(new CourseViewModel(
            course.Id,
            course.Title(language),
            course.Description(language),
            CompetenceAreas.Find(course.AreaId)?.Name(language) ?? course.AreaId,
            course.PassMark,
            userId is not null,
            enrollment is not null,
            enrollment?.DueDate,
            resume,
            [.. modules.Select(m => new CourseModuleItem(m.Module.Id, m.Version.Text(language)?.Title ?? m.Module.Id, m.Version.Level.Name(language),
                m.Version.Minutes, completed.Contains(m.Module.Id), m.Version.Text(language)?.QuestionCount ?? 0))]));
    }

    [Authorize]
    [HttpPost("{courseId}/enrol")]
    public async Task<IActionResult> Enrol(string courseId)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == courseId && c.IsPublished))
        {
            return NotFound();
        }

        var userId = users.GetUserId(User)!;
        if (!await db.Enrollments.AnyAsync(e => e.LearnerId == userId && e.CourseId == courseId))
        {
            db.Enrollments.Add(new Enrollment(userId, courseId, null, null, clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // A double click: the unique index kept one enrolment, which is what was asked for.
            }
        }

        TempData["Notice"] = text["Course.Enrolled"].Value;
        return RedirectToAction(nameof(Details), new { courseId });
    }

    [Authorize]
    [HttpGet("{courseId}/modules/{moduleId}")]
    public async Task<IActionResult> Module(string courseId, string moduleId)
    {
        var (refusal, outline) = await OpenCourseAsync(courseId);
        if (refusal is not null)
        {
            return refusal;
        }

        var course = outline!.Course;
        var modules = await versions.CurrentAsync(db, outline.Modules);
        var index = modules.FindIndex(m => m.Module.Id == moduleId);
        if (index < 0)
        {
            return NotFound();
        }

        var language = HttpContext.Language();
        var (module, version) = modules[index];
        var moduleText = version.Text(language)!;
        var userId = users.GetUserId(User)!;
        var courseProgress = await CourseProgressAsync(userId, modules);
        var progress = courseProgress.SingleOrDefault(p => p.ModuleId == moduleId);

        // The page changes only with the version, the languages and whether it is completed: answer 304 otherwise.
        var etag = new EntityTagHeaderValue('"' + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{version.Id}|{moduleText.Language}|{language}|{progress?.IsCompleted == true}|{userId}|{string.Join(',', modules.Select(m => m.Version.Id))}")))[..32] + '"', isWeak: true);
        Response.Headers.ETag = etag.ToString();
        // Set last: the antiforgery token in the page's forms turns caching off entirely, but a revalidated page keeps
        // a valid token (it belongs to the browser's antiforgery cookie), so "store but always ask" is safe.
        Response.OnStarting(() =>
        {
            Response.Headers.CacheControl = "private, no-cache";
            Response.Headers.Pragma = Microsoft.Extensions.Primitives.StringValues.Empty;
            return Task.CompletedTask;
        });
        // Stored by "keep this course on my phone" (docs/offline.md) is not read: where the learner resumes stays.
        if (!Request.Headers.ContainsKey(KeepHeader))
        {
            await RecordVisitAsync(progress, courseProgress, userId, moduleId, version.Id);
        }

        if (Request.Headers.IfNoneMatch.Any(v => v == etag.ToString()))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var stems = modules.ToDictionary(m => m.Module.FileStem, m => m.Module.Id);
        return View(new ModuleViewModel(
            course.Id,
            course.Title(language),
            module.Id,
            moduleText.Title,
            version.Level.Name(language),
            version.Minutes,
            moduleText.ObjectiveList,
            lessons.Render(version, moduleText, course.Id, stems),
            moduleText.Language,
            moduleText.Language != language,
            index > 0 ? new ModuleLink(modules[index - 1].Module.Id, modules[index - 1].Version.Text(language)!.Title) : null,
            index < modules.Count - 1 ? new ModuleLink(modules[index + 1].Module.Id, modules[index + 1].Version.Text(language)!.Title) : null,
            progress?.IsCompleted == true,
            moduleText.QuestionCount,
            index + 1,
            modules.Count));
    }

    [Authorize]
    [HttpPost("{courseId}/modules/{moduleId}/complete")]
    public async Task<IActionResult> Complete(string courseId, string moduleId)
    {
        var (refusal, outline) = await OpenCourseAsync(courseId);
        if (refusal is not null)
        {
            return refusal;
        }

        var module = outline!.Modules.SingleOrDefault(m => m.Id == moduleId);
        if (module?.CurrentVersionId is not { } versionId)
        {
            return NotFound();
        }

        var userId = users.GetUserId(User)!;
        // Twice at most: a first visit in another tab may insert the progress row between our read and our write.
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var progress = await db.ModuleProgress.SingleOrDefaultAsync(p => p.LearnerId == userId && p.ModuleId == moduleId);
            if (progress is null)
            {
                progress = new ModuleProgress(userId, moduleId, versionId, now);
                db.ModuleProgress.Add(progress);
            }

            progress.Complete(versionId, now);
            await records.ModuleCompletedAsync(userId, courseId, moduleId, versionId);
            try
            {
                await records.SaveAsync(userId, courseId, mayCompleteCourse: true);
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear();
            }
        }

        await certificates.IssueIfAutomaticAsync(userId, courseId);
        var next = outline.Modules.SkipWhile(m => m.Id != moduleId).Skip(1).FirstOrDefault();
        return next is null
            ? RedirectToAction(nameof(Details), new { courseId })
            : RedirectToAction(nameof(Module), new { courseId, moduleId = next.Id });
    }

    [Authorize]
    [HttpGet("{courseId}/offline")]
    public async Task<IActionResult> Offline(string courseId)
    {
        var (refusal, outline) = await OpenCourseAsync(courseId);
        if (refusal is not null)
        {
            return refusal;
        }

        var course = outline!.Course;
        var language = HttpContext.Language();
        var modules = await versions.CurrentAsync(db, outline.Modules);
        var stems = modules.ToDictionary(m => m.Module.FileStem, m => m.Module.Id);
        var sections = modules.Select(m =>
        {
            var moduleText = m.Version.Text(language)!;
            return new OfflineSection(m.Module.Id, moduleText.Title, m.Version.Level.Name(language), m.Version.Minutes, moduleText.ObjectiveList,
                lessons.Render(m.Version, moduleText, course.Id, stems), moduleText.Language);
        }).ToList();
        var html = OfflineCourse.Write(course.Title(language), course.Description(language), language, sections, text);
        Response.Headers.ContentSecurityPolicy = OfflineCourse.ContentSecurityPolicy;
        return File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"{course.Id}-{language}.html");
    }

    /// <summary>The published course's outline when the user may read it (see <see cref="CourseAccess"/>), else the answer to give.</summary>
    private async Task<(IActionResult? Refusal, CourseOutline? Outline)> OpenCourseAsync(string courseId)
    {
        var outline = await outlines.GetPublishedAsync(db, courseId);
        if (outline is null)
        {
            return (NotFound(), null);
        }

        if (await db.CanReadCourseAsync(User, users.GetUserId(User), courseId))
        {
            return (null, outline);
        }

        TempData["Notice"] = text["Course.EnrolFirst"].Value;
        return (RedirectToAction(nameof(Details), new { courseId }), null);
    }

    /// <summary>The course's modules in order with their current versions (texts in both languages, from <see cref="ModuleVersionCache"/>).</summary>
    /// <summary>The learner's progress rows for the given modules of a course.</summary>
    private async Task<List<ModuleProgress>> CourseProgressAsync(string userId, List<(CourseModule Module, ModuleVersion Version)> modules)
    {
        var moduleIds = modules.Select(m => m.Module.Id).ToList();
        return await db.ModuleProgress.Where(p => p.LearnerId == userId && moduleIds.Contains(p.ModuleId)).ToListAsync();
    }

    private async Task RecordVisitAsync(ModuleProgress? progress, List<ModuleProgress> courseProgress, string userId, string moduleId, int versionId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (progress is null)
        {
            db.ModuleProgress.Add(new ModuleProgress(userId, moduleId, versionId, now));
        }
        else if (progress.IsVisitWorthSaving(versionId, now, courseProgress.Max(p => p.LastVisitedAt)))
        {
            progress.Visit(versionId, now);
        }
        else
        {
            return;
        }

        await SaveIgnoringDuplicateAsync();
    }

    /// <summary>Two tabs opening the same module at once both try to insert its progress row; one is enough.</summary>
    private async Task SaveIgnoringDuplicateAsync()
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }
}
