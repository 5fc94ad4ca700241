using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Authoring;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Infrastructure;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// Trainers write modules in the browser: drafts per language, a preview through the learners' pipeline, publishing
/// as a new version, history with diffs, images, quiz import, and export to the content/ format.
/// </summary>
[Authorize(Roles = Roles.Trainer + "," + Roles.StaffOrAdmin)]
[Route("authoring")]
public sealed class AuthoringController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    LessonHtml lessons,
    ModuleDrafts drafts,
    CourseExport export,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    public const int MaxImageBytes = 1024 * 1024;
    private const int MaxQuizBytes = 512 * 1024;
    private static IReadOnlyList<string> Languages => ModuleDrafts.Languages;

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

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Course", await CourseViewModelAsync(course, model));
        }

        var position = (await db.Modules.Where(m => m.CourseId == courseId).MaxAsync(m => (int?)m.Position) ?? 0) + 1;
        var stem = $"{position:00}-{id}";
        db.Modules.Add(new CourseModule(id, courseId, position, stem));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var language in Languages)
        {
            var title = language == "en" ? model.TitleEn.Trim() : model.TitleMn.Trim();
            var objectives = ((language == "en" ? model.ObjectivesEn : model.ObjectivesMn) ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var file = ContentFiles.ModuleFile(id, title, level, competences, model.Minutes, objectives, $"\n# {title}\n\n");
            db.ModuleDrafts.Add(new ModuleDraft(id, language, file, UserId, now));
        }

        course.MarkEditedInBrowser();
        await db.SaveChangesAsync();
        TempData["Notice"] = text["Authoring.ModuleCreated"].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId = id });
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

    [HttpGet("courses/{courseId}/modules/{moduleId}")]
    public async Task<IActionResult> Editor(string courseId, string moduleId, string? language)
    {
        var (course, module) = await EditableModuleAsync(courseId, moduleId);
        if (module is null)
        {
            return NotFound();
        }

        var model = new ModuleEditorModel { Language = language == "en" ? "en" : "mn" };
        var draft = await db.ModuleDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ModuleId == moduleId && d.Language == model.Language);
        model.Text = draft?.Text ?? ModuleDrafts.PublishedText(module, await drafts.CurrentVersionAsync(module), model.Language) ?? "";
        model.Revision = draft?.Revision ?? 0;
        return View("Editor", await FillEditorAsync(course!, module, model, preview: false));
    }

    [HttpPost("courses/{courseId}/modules/{moduleId}/save")]
    public async Task<IActionResult> Save(string courseId, string moduleId, ModuleEditorModel model)
    {
        var (course, module) = await EditableModuleAsync(courseId, moduleId);
        if (module is null)
        {
            return NotFound();
        }

        NormalizeLanguage(model);
        if (!await TrySaveDraftAsync(course!, module, model, model.Text ?? ""))
        {
            return await ConflictViewAsync(course!, module, model);
        }

        TempData["Notice"] = text["Authoring.DraftSaved"].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId, language = model.Language });
    }

    /// <summary>The Preview button: the page again with the text as learners would read it, nothing saved.</summary>
    [HttpPost("courses/{courseId}/modules/{moduleId}/preview")]
    public async Task<IActionResult> Preview(string courseId, string moduleId, ModuleEditorModel model)
    {
        var (course, module) = await EditableModuleAsync(courseId, moduleId);
        if (module is null)
        {
            return NotFound();
        }

        NormalizeLanguage(model);
        return View("Editor", await FillEditorAsync(course!, module, model, preview: true));
    }

    /// <summary>The live preview of authoring-preview.js: the same rendering as the Preview button, as a fragment.</summary>
    [HttpPost("courses/{courseId}/modules/{moduleId}/preview-live")]
    public async Task<IActionResult> PreviewLive(string courseId, string moduleId, ModuleEditorModel model)
    {
        var (course, module) = await EditableModuleAsync(courseId, moduleId);
        if (module is null)
        {
            return NotFound();
        }

        NormalizeLanguage(model);
        return PartialView("_Preview", await FillEditorAsync(course!, module, model, preview: true));
    }

    [HttpPost("courses/{courseId}/modules/{moduleId}/publish")]
    public async Task<IActionResult> Publish(string courseId, string moduleId, ModuleEditorModel model)
    {
        var (course, module) = await EditableModuleAsync(courseId, moduleId);
        if (module is null)
        {
            return NotFound();
        }

        NormalizeLanguage(model);
        if (!await TrySaveDraftAsync(course!, module, model, model.Text ?? ""))
        {
            return await ConflictViewAsync(course!, module, model);
        }

        var (version, _) = await drafts.PublishAsync(course!, module, UserId);
        if (version is null)
        {
            model.PublishRefused = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Editor", await FillEditorAsync(course!, module, model, preview: false));
        }

        TempData["Notice"] = text["Authoring.Published", version.Number].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId, language = model.Language });
    }

    /// <summary>Stores an image (sniffed, at most 1 MB, re-encoded without metadata) and adds its reference to the text.</summary>
    [HttpPost("courses/{courseId}/modules/{moduleId}/images")]
    [RequestSizeLimit(MaxImageBytes + (256 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImageBytes + (256 * 1024))]
    public async Task<IActionResult> UploadImage(string courseId, string moduleId, ModuleEditorModel model)
    {
        var (course, module) = await EditableModuleAsync(courseId, moduleId);
        if (module is null)
        {
            return NotFound();
        }

        NormalizeLanguage(model);
        var alt = model.AltText?.Trim() ?? "";
        var file = model.ImageFile;
        var status = StatusCodes.Status400BadRequest;
        byte[]? cleaned = null;
        var format = ImageFormat.Unknown;
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(model.ImageFile), text["Authoring.ImageMissing"]);
        }
        else if (file.Length > MaxImageBytes)
        {
            ModelState.AddModelError(nameof(model.ImageFile), text["Authoring.ImageTooLarge"]);
            status = StatusCodes.Status413PayloadTooLarge;
        }
        else
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream);
            var bytes = stream.ToArray();
            format = ImageSniffer.Sniff(bytes);
            var result = format == ImageFormat.Unknown ? null : ImageCleaner.Clean(bytes, format);
            cleaned = result?.Bytes;
            if (result is { Problem: ImageProblem.TooManyPixels })
            {
                ModelState.AddModelError(nameof(model.ImageFile), text["Authoring.ImageTooManyPixels", result.Width, result.Height, ImageCleaner.MaxPixels / 1_000_000, ImageCleaner.MaxSide]);
            }
            else if (cleaned is null)
            {
                ModelState.AddModelError(nameof(model.ImageFile), text["Authoring.ImageNotAllowed"]);
            }
        }

        if (alt.Length == 0)
        {
            ModelState.AddModelError(nameof(model.AltText), text["Authoring.AltTextRequired"]);
        }

        if (!ModelState.IsValid || cleaned is null)
        {
            Response.StatusCode = status;
            return View("Editor", await FillEditorAsync(course!, module, model, preview: false));
        }

        var image = await drafts.AddImageAsync(module, file!.FileName, cleaned, format, alt);
        var withImage = (model.Text ?? "").TrimEnd('\n') + "\n\n" + image.MarkdownReference + "\n";
        if (!await TrySaveDraftAsync(course!, module, model, withImage))
        {
            return await ConflictViewAsync(course!, module, model);
        }

        TempData["Notice"] = text["Authoring.ImageAdded", image.MarkdownReference].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId, language = model.Language });
    }

    /// <summary>Converts pasted or uploaded GIFT/Aiken with the quiz import and appends the quiz block to the draft.</summary>
    [HttpPost("courses/{courseId}/modules/{moduleId}/quiz")]
    [RequestSizeLimit(MaxQuizBytes + (256 * 1024))]
    public async Task<IActionResult> ImportQuiz(string courseId, string moduleId, ModuleEditorModel model)
    {
        var (course, module) = await EditableModuleAsync(courseId, moduleId);
        if (module is null)
        {
            return NotFound();
        }

        NormalizeLanguage(model);
        var source = model.QuizSource;
        if (model.QuizFile is { Length: > 0 } file)
        {
            if (file.Length > MaxQuizBytes)
            {
                model.QuizErrors = [text["QuizImport.TooLarge"]];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("Editor", await FillEditorAsync(course!, module, model, preview: false));
            }

            using var reader = new StreamReader(file.OpenReadStream());
            source = await reader.ReadToEndAsync();
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            model.QuizErrors = [text["QuizImport.Empty"]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Editor", await FillEditorAsync(course!, module, model, preview: false));
        }

        var result = model.QuizFormat == "aiken" ? AikenParser.Parse(source) : GiftParser.Parse(source);
        var errors = result.Errors.Select(e => text["Authoring.QuizLineError", e.Line, e.Text.For(HttpContext.Language())].Value).ToList();
        if (result.Questions.Count == 0 || errors.Count > 0)
        {
            // Nothing is added while the source has errors: fix them and convert again.
            model.QuizErrors = errors.Count > 0 ? errors : [text["QuizImport.Empty"]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Editor", await FillEditorAsync(course!, module, model, preview: false));
        }

        var withQuiz = (model.Text ?? "").TrimEnd('\n') + "\n\n" + QuizConversion.ToMarkdown(result.Questions);
        if (!await TrySaveDraftAsync(course!, module, model, withQuiz))
        {
            return await ConflictViewAsync(course!, module, model);
        }

        TempData["Notice"] = text["Authoring.QuizAdded", result.Questions.Count].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId, language = model.Language });
    }

    [HttpGet("courses/{courseId}/modules/{moduleId}/history")]
    public async Task<IActionResult> History(string courseId, string moduleId, string? language, int? from, int? to)
    {
        var (_, module) = await EditableModuleAsync(courseId, moduleId);
        if (module is null)
        {
            return NotFound();
        }

        language = language == "en" ? "en" : "mn";
        var versions = await db.ModuleVersions.Where(v => v.ModuleId == moduleId).OrderByDescending(v => v.Number).ToListAsync();
        var authorIds = versions.Select(v => v.CreatedBy).OfType<string>().Distinct().ToList();
        var authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName);
        var rows = versions.Select(v => new VersionRow(v.Number, v.CreatedAt,
            v.CreatedBy is null ? text["Authoring.FromContent"].Value : authors.GetValueOrDefault(v.CreatedBy, "?"), v.Id == module.CurrentVersionId)).ToList();
        IReadOnlyList<DiffLine> diff = [];
        var older = versions.FirstOrDefault(v => v.Number == from);
        var newer = versions.FirstOrDefault(v => v.Number == to);
        if (older is not null && newer is not null)
        {
            diff = LineDiff.Compare(FileText(module, older, language), FileText(module, newer, language));
        }

        var title = versions.FirstOrDefault(v => v.Id == module.CurrentVersionId)?.Text(language)?.Title ?? module.Id;
        return View(new ModuleHistoryViewModel(courseId, moduleId, title, language, rows, older?.Number, newer?.Number, diff));
    }

    /// <summary>Starts a new draft, in both languages, from an earlier version; nothing changes for learners until it is published.</summary>
    [HttpPost("courses/{courseId}/modules/{moduleId}/versions/{number:int}/restore")]
    public async Task<IActionResult> Restore(string courseId, string moduleId, int number)
    {
        var (course, module) = await EditableModuleAsync(courseId, moduleId);
        var version = module is null ? null : await db.ModuleVersions.SingleOrDefaultAsync(v => v.ModuleId == moduleId && v.Number == number);
        if (version is null)
        {
            return NotFound();
        }

        if (!await drafts.RestoreAsync(course!, module!, version, UserId))
        {
            TempData["Notice"] = text["Authoring.ConflictTitle"].Value;
            return RedirectToAction(nameof(Editor), new { courseId, moduleId });
        }

        TempData["Notice"] = text["Authoring.Restored", number].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId });
    }

    private static void NormalizeLanguage(ModuleEditorModel model) => model.Language = model.Language == "en" ? "en" : "mn";

    private async Task<Course?> EditableCourseAsync(string courseId) =>
        await db.Courses.EditableBy(db, User, UserId).SingleOrDefaultAsync(c => c.Id == courseId);

    private async Task<(Course? Course, CourseModule? Module)> EditableModuleAsync(string courseId, string moduleId)
    {
        var course = await EditableCourseAsync(courseId);
        var module = course is null ? null : await db.Modules.SingleOrDefaultAsync(m => m.Id == moduleId && m.CourseId == courseId);
        return (course, module);
    }

    /// <summary>
    /// Saves the text as the draft when the revision it was loaded from is still the latest. False when someone else
    /// saved in between (checked again by the database, so two saves at the same moment cannot both win).
    /// </summary>
    private async Task<bool> TrySaveDraftAsync(Course course, CourseModule module, ModuleEditorModel model, string newText)
    {
        if (await drafts.TrySaveAsync(course, module, model.Language, newText, model.Revision, UserId) is not { } revision)
        {
            return false;
        }

        model.Revision = revision;
        model.Text = newText;
        return true;
    }

    /// <summary>The editor with the author's text kept and what the other person saved beside it.</summary>
    private async Task<IActionResult> ConflictViewAsync(Course course, CourseModule module, ModuleEditorModel model)
    {
        db.ChangeTracker.Clear();
        var theirs = await db.ModuleDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ModuleId == module.Id && d.Language == model.Language);
        if (theirs is not null)
        {
            var name = (await users.FindByIdAsync(theirs.SavedBy))?.FullName ?? "?";
            model.Conflict = new EditConflict(name, theirs.SavedAt, theirs.Text);
            // Saving again now replaces their text on purpose: the author has seen it.
            model.Revision = theirs.Revision;
        }

        ModelState.Remove(nameof(model.Revision));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Editor", await FillEditorAsync(course, module, model, preview: false));
    }

    private async Task<ModuleEditorModel> FillEditorAsync(Course course, CourseModule module, ModuleEditorModel model, bool preview)
    {
        var language = HttpContext.Language();
        var current = await drafts.CurrentVersionAsync(module);
        var draft = await db.ModuleDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ModuleId == module.Id && d.Language == model.Language);
        var images = await drafts.ImagesAsync(module);
        var texts = await drafts.TextsAsync(module);
        texts[model.Language] = model.Text ?? "";
        var check = await drafts.CheckAsync(course, module, texts, images, forPublishing: false);

        model.CourseId = course.Id;
        model.CourseTitle = course.Title(language);
        model.ShippedCourse = course.Source == CourseSource.Content;
        model.ModuleId = module.Id;
        model.ModuleTitle = check.Texts.FirstOrDefault(t => t.Language == model.Language)?.Title is { Length: > 0 } title
            ? title
            : current?.Text(model.Language)?.Title ?? module.Id;
        model.PublishedNumber = current?.Number;
        model.HasUnpublishedChanges = Languages.Any(l => texts.GetValueOrDefault(l, "") != (ModuleDrafts.PublishedText(module, current, l) ?? ""));
        model.SavedAt = draft?.SavedAt;
        model.SavedByName = draft is null ? null : (await users.FindByIdAsync(draft.SavedBy))?.FullName;
        model.Problems = [.. check.Problems.Select(p => new EditorProblem(p.Path.EndsWith(".en.md", StringComparison.Ordinal) ? "en" : "mn", p.Line, p.IsError, p.Text.For(language)))];
        var imageAlts = await db.ModuleImages.Where(i => i.ModuleId == module.Id).ToDictionaryAsync(i => i.Path, i => i.AltText);
        model.Images = [.. images.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i =>
            new EditorImage(i.Key, $"/assets/{i.Value}", new ModuleImage(module.Id, i.Key, i.Value, imageAlts.GetValueOrDefault(i.Key, "")).MarkdownReference))];
        if (preview)
        {
            var body = check.Texts.FirstOrDefault(t => t.Language == model.Language);
            var stems = await db.Modules.Where(m => m.CourseId == course.Id && m.ArchivedAt == null).ToDictionaryAsync(m => m.FileStem, m => m.Id);
            model.PreviewHtml = body is null ? "" : lessons.RenderDraft(body.Body, model.Language, images, course.Id, stems);
            model.PreviewQuestions = body?.QuestionCount ?? 0;
        }

        return model;
    }

    private static string FileText(CourseModule module, ModuleVersion version, string language) => ModuleDrafts.PublishedText(module, version, language) ?? "";

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
