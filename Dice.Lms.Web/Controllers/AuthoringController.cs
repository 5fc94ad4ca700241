using Dice.Lms.Domain;
using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Authoring;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// The authoring area's courses: the list a trainer may edit, new courses and modules, a course's details, its
/// trainers and its export to the content/ format. Writing a module is <see cref="ModuleEditorController"/>.
/// </summary>
[Authorize(Roles = Roles.Trainer + "," + Roles.StaffOrAdmin)]
[Route("authoring")]
public sealed class AuthoringController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    CourseExport export,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    private string UserId => users.GetUserId(User)!;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var language = HttpContext.Language();
        var courses = await db.Courses.EditableBy(db, User, UserId).OrderBy(c => c.Id).ToListAsync();
        var counts = await db.Modules.Where(m => m.ArchivedAt == null).GroupBy(m => m.CourseId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return View(courses.Select(c => new AuthoringCourseRow(c.Id, c.Title(language), AreaName(c.AreaId, language),
            c.Source == CourseSource.Content, counts.GetValueOrDefault(c.Id))).ToList());
    }

    [HttpGet("courses/new")]
    public IActionResult NewCourse() => View(new CourseFormModel());

    [HttpPost("courses/new")]
    public async Task<IActionResult> CreateCourse(CourseFormModel model)
    {
        var id = model.Id?.Trim() ?? "";
        if (id.Length > 0 && !ContentIds.IsValid(id))
        {
            ModelState.AddModelError(nameof(model.Id), text["Authoring.IdRule"]);
        }
        else if (await db.Courses.AnyAsync(c => c.Id == id))
        {
            ModelState.AddModelError(nameof(model.Id), text["Authoring.CourseIdTaken"]);
        }

        if (CompetenceAreas.Find(model.AreaId) is null)
        {
            ModelState.AddModelError(nameof(model.AreaId), text["Validation.Required"]);
        }

        if (!ModelState.IsValid)
        {
            return View("NewCourse", model);
        }

        var course = Course.CreateInBrowser(id, model.AreaId, model.TitleMn.Trim(), model.TitleEn.Trim(), model.DescriptionMn ?? "", model.DescriptionEn ?? "");
        course.SetRules(model.Completion == "modules" ? CompletionRule.Modules : CompletionRule.ModulesAndQuizzes, null, model.PassMark);
        db.Courses.Add(course);
        if (!User.EditsEveryCourse())
        {
            // The trainer who creates a course edits it.
            db.CourseTrainers.Add(new CourseTrainer(id, UserId));
        }

        await db.SaveChangesAsync();
        TempData["Notice"] = text["Authoring.CourseCreated"].Value;
        return RedirectToAction(nameof(CoursePage), new { courseId = id });
    }

    [HttpGet("courses/{courseId}")]
    public async Task<IActionResult> CoursePage(string courseId)
    {
        var course = await EditableCourseAsync(courseId);
        return course is null ? NotFound() : View("Course", await CourseViewModelAsync(course, new ModuleFormModel()));
    }

    /// <summary>Changes what course.yml holds, except the id.</summary>
    [HttpPost("courses/{courseId}/details")]
    public async Task<IActionResult> UpdateCourse(string courseId, [Bind(Prefix = nameof(AuthoringCourseViewModel.Details))] CourseFormModel model)
    {
        var course = await EditableCourseAsync(courseId);
        if (course is null)
        {
            return NotFound();
        }

        const string prefix = nameof(AuthoringCourseViewModel.Details) + ".";
        ModelState.Remove(prefix + nameof(model.Id));
        if (CompetenceAreas.Find(model.AreaId) is null)
        {
            ModelState.AddModelError(prefix + nameof(model.AreaId), text["Validation.Required"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Course", await CourseViewModelAsync(course, new ModuleFormModel(), model));
        }

        course.Describe(model.AreaId, model.TitleMn.Trim(), model.TitleEn.Trim(), model.DescriptionMn ?? "", model.DescriptionEn ?? "");
        course.SetRules(model.Completion == "modules" ? CompletionRule.Modules : CompletionRule.ModulesAndQuizzes, course.MinLevel, model.PassMark);
        course.MarkEditedInBrowser();
        await db.SaveChangesAsync();
        TempData["Notice"] = text["Authoring.CourseSaved"].Value;
        return RedirectToAction(nameof(CoursePage), new { courseId });
    }

    [HttpPost("courses/{courseId}/modules")]
    public async Task<IActionResult> AddModule(string courseId, [Bind(Prefix = nameof(AuthoringCourseViewModel.NewModule))] ModuleFormModel model)
    {
        var course = await EditableCourseAsync(courseId);
        if (course is null)
        {
            return NotFound();
        }

        const string prefix = nameof(AuthoringCourseViewModel.NewModule) + ".";
        var id = model.ModuleId?.Trim() ?? "";
        if (id.Length > 0 && !ContentIds.IsValid(id))
        {
            ModelState.AddModelError(prefix + nameof(model.ModuleId), text["Authoring.IdRule"]);
        }
        else if (await db.Modules.AnyAsync(m => m.Id == id))
        {
            ModelState.AddModelError(prefix + nameof(model.ModuleId), text["Authoring.ModuleIdTaken"]);
        }

        var level = ProficiencyLevels.All.FirstOrDefault(l => l != ProficiencyLevel.None && l.Id() == model.Level);
        if (level == ProficiencyLevel.None)
        {
            ModelState.AddModelError(prefix + nameof(model.Level), text["Validation.Required"]);
        }

        var competences = (model.Competences ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (competences.Length > 0 && !competences.All(CompetenceAreas.IsCompetenceCode))
        {
            ModelState.AddModelError(prefix + nameof(model.Competences), text["Authoring.CompetencesRule"]);
        }

        if (model.Reviewed > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            ModelState.AddModelError(prefix + nameof(model.Reviewed), text["Authoring.ReviewedFuture"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Course", await CourseViewModelAsync(course, model));
        }

        var position = (await db.Modules.Where(m => m.CourseId == courseId).MaxAsync(m => (int?)m.Position) ?? 0) + 1;
        var stem = $"{position:00}-{id}";
        db.Modules.Add(new CourseModule(id, courseId, position, stem));
        var now = clock.GetUtcNow().UtcDateTime;
        var sources = (model.Sources ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var language in Languages.All)
        {
            var title = language == Languages.English ? model.TitleEn.Trim() : model.TitleMn.Trim();
            var objectives = ((language == Languages.English ? model.ObjectivesEn : model.ObjectivesMn) ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var file = ContentFiles.ModuleFile(id, title, level, competences, model.Minutes, objectives, model.Reviewed, sources, $"\n# {title}\n\n");
            db.ModuleDrafts.Add(new ModuleDraft(id, language, file, UserId, now));
        }

        course.MarkEditedInBrowser();
        await db.SaveChangesAsync();
        TempData["Notice"] = text["Authoring.ModuleCreated"].Value;
        return RedirectToAction(nameof(ModuleEditorController.Editor), "ModuleEditor", new { courseId, moduleId = id });
    }

    [HttpPost("courses/{courseId}/trainers")]
    public async Task<IActionResult> AssignTrainer(string courseId, string trainerId)
    {
        if (!User.EditsEveryCourse())
        {
            return Forbid();
        }

        var course = await EditableCourseAsync(courseId);
        var trainer = await users.FindByIdAsync(trainerId ?? "");
        if (course is null || trainer is null || !await users.IsInRoleAsync(trainer, Roles.Trainer))
        {
            return NotFound();
        }

        if (!await db.CourseTrainers.AnyAsync(t => t.CourseId == courseId && t.TrainerId == trainerId))
        {
            db.CourseTrainers.Add(new CourseTrainer(courseId, trainer.Id));
            await db.SaveChangesAsync();
        }

        TempData["Notice"] = text["Authoring.TrainerAssigned", trainer.FullName].Value;
        return RedirectToAction(nameof(CoursePage), new { courseId });
    }

    [HttpPost("courses/{courseId}/trainers/remove")]
    public async Task<IActionResult> RemoveTrainer(string courseId, string trainerId)
    {
        if (!User.EditsEveryCourse())
        {
            return Forbid();
        }

        var assignment = await db.CourseTrainers.SingleOrDefaultAsync(t => t.CourseId == courseId && t.TrainerId == trainerId);
        if (assignment is null)
        {
            return NotFound();
        }

        db.CourseTrainers.Remove(assignment);
        await db.SaveChangesAsync();
        TempData["Notice"] = text["Authoring.TrainerRemoved"].Value;
        return RedirectToAction(nameof(CoursePage), new { courseId });
    }

    /// <summary>The course's folder in the content/ format, as a zip: what was published, with its images.</summary>
    [HttpGet("courses/{courseId}/export")]
    public async Task<IActionResult> Export(string courseId)
    {
        var course = await EditableCourseAsync(courseId);
        if (course is null)
        {
            return NotFound();
        }

        return File(await export.ZipAsync(course), "application/zip", $"{course.Id}.zip");
    }

    private async Task<Course?> EditableCourseAsync(string courseId) =>
        await db.Courses.EditableBy(db, User, UserId).SingleOrDefaultAsync(c => c.Id == courseId);

    private async Task<AuthoringCourseViewModel> CourseViewModelAsync(Course course, ModuleFormModel newModule, CourseFormModel? details = null)
    {
        var language = HttpContext.Language();
        var modules = await db.Modules.Where(m => m.CourseId == course.Id && m.ArchivedAt == null).OrderBy(m => m.Position).ToListAsync();
        var versionIds = modules.Where(m => m.CurrentVersionId != null).Select(m => m.CurrentVersionId!.Value).ToList();
        var versions = await db.ModuleVersions.Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id);
        var moduleIds = modules.Select(m => m.Id).ToList();
        var drafts = await db.ModuleDrafts.Where(d => moduleIds.Contains(d.ModuleId)).Select(d => d.ModuleId).Distinct().ToListAsync();
        var assigned = await db.CourseTrainers.Where(t => t.CourseId == course.Id).Select(t => t.TrainerId).ToListAsync();
        var trainers = User.EditsEveryCourse()
            ? (await users.GetUsersInRoleAsync(Roles.Trainer)).OrderBy(u => u.FullName).Select(u => new TrainerOption(u.Id, u.FullName, u.Email ?? "")).ToList()
            : [];
        return new AuthoringCourseViewModel
        {
            Id = course.Id,
            Title = course.Title(language),
            AreaName = AreaName(course.AreaId, language),
            FromContent = course.Source == CourseSource.Content,
            IsPublished = course.IsPublished,
            Modules = [.. modules.Select(m =>
            {
                var version = m.CurrentVersionId is { } id && versions.TryGetValue(id, out var v) ? v : null;
                return new AuthoringModuleRow(m.Id, version?.Text(language)?.Title ?? m.Id, m.Position, version?.Number, drafts.Contains(m.Id));
            })],
            NewModule = newModule,
            Details = details ?? new CourseFormModel
            {
                Id = course.Id,
                AreaId = course.AreaId,
                TitleMn = course.TitleMn,
                TitleEn = course.TitleEn,
                DescriptionMn = course.DescriptionMn,
                DescriptionEn = course.DescriptionEn,
                Completion = course.Completion == CompletionRule.Modules ? "modules" : "modules-and-quizzes",
                PassMark = course.PassMark,
            },
            CanAssignTrainers = User.EditsEveryCourse(),
            Trainers = [.. trainers.Where(t => assigned.Contains(t.Id))],
            OtherTrainers = [.. trainers.Where(t => !assigned.Contains(t.Id))],
        };
    }

    private static string AreaName(string areaId, string language) => CompetenceAreas.Find(areaId)?.Name(language) ?? areaId;
}
