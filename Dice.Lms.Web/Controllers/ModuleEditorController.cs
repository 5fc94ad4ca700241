using Dice.Lms.Domain;
using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Quizzes;
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
/// Trainers write a module in the browser: drafts per language, a preview through the learners' pipeline, publishing
/// as a new version, history with diffs and restore, images and quiz import. Every action works on a module of a
/// course this user may edit, or answers 404.
/// </summary>
[Authorize(Roles = Roles.Trainer + "," + Roles.StaffOrAdmin)]
[Route("authoring")]
public sealed class ModuleEditorController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    ModuleDrafts drafts,
    ModuleEditorPage page,
    IStringLocalizer<SharedResource> text) : Controller
{
    public const int MaxImageBytes = 1024 * 1024;
    private const int MaxQuizBytes = 512 * 1024;

    private string UserId => users.GetUserId(User)!;

    [HttpGet("courses/{courseId}/modules/{moduleId}")]
    public async Task<IActionResult> Editor(string courseId, string moduleId, string? language)
    {
        if (await EditableModuleAsync(courseId, moduleId) is not (var course, var module))
        {
            return NotFound();
        }

        var model = new ModuleEditorModel { Language = language ?? "" };
        var draft = await db.ModuleDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ModuleId == moduleId && d.Language == model.Language);
        model.Text = draft?.Text ?? ModuleDrafts.PublishedText(module, await drafts.CurrentVersionAsync(module), model.Language) ?? "";
        model.Revision = draft?.Revision ?? 0;
        return View("Editor", await page.FillAsync(course, module, model, HttpContext.Language(), preview: false));
    }

    [HttpPost("courses/{courseId}/modules/{moduleId}/save")]
    public async Task<IActionResult> Save(string courseId, string moduleId, ModuleEditorModel model)
    {
        if (await EditableModuleAsync(courseId, moduleId) is not (var course, var module))
        {
            return NotFound();
        }

        if (!await TrySaveDraftAsync(course, module, model, model.Text ?? ""))
        {
            return await ConflictViewAsync(course, module, model);
        }

        TempData["Notice"] = text["Authoring.DraftSaved"].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId, language = model.Language });
    }

    /// <summary>The Preview button: the page again with the text as learners would read it, nothing saved.</summary>
    [HttpPost("courses/{courseId}/modules/{moduleId}/preview")]
    public async Task<IActionResult> Preview(string courseId, string moduleId, ModuleEditorModel model)
    {
        if (await EditableModuleAsync(courseId, moduleId) is not (var course, var module))
        {
            return NotFound();
        }

        return View("Editor", await page.FillAsync(course, module, model, HttpContext.Language(), preview: true));
    }

    /// <summary>The live preview of authoring-preview.js: the same rendering as the Preview button, as a fragment.</summary>
    [HttpPost("courses/{courseId}/modules/{moduleId}/preview-live")]
    public async Task<IActionResult> PreviewLive(string courseId, string moduleId, ModuleEditorModel model)
    {
        if (await EditableModuleAsync(courseId, moduleId) is not (var course, var module))
        {
            return NotFound();
        }

        return PartialView("_Preview", await page.FillAsync(course, module, model, HttpContext.Language(), preview: true));
    }

    [HttpPost("courses/{courseId}/modules/{moduleId}/publish")]
    public async Task<IActionResult> Publish(string courseId, string moduleId, ModuleEditorModel model)
    {
        if (await EditableModuleAsync(courseId, moduleId) is not (var course, var module))
        {
            return NotFound();
        }

        if (!await TrySaveDraftAsync(course, module, model, model.Text ?? ""))
        {
            return await ConflictViewAsync(course, module, model);
        }

        var (version, check) = await drafts.PublishAsync(course, module, UserId);
        if (version is null)
        {
            model.PublishRefused = true;
            AddTextErrors(model, check);
            return await RefusedAsync(course, module, model, StatusCodes.Status400BadRequest);
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
        if (await EditableModuleAsync(courseId, moduleId) is not (var course, var module))
        {
            return NotFound();
        }

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
            return await RefusedAsync(course, module, model, status);
        }

        var image = await drafts.AddImageAsync(module, file!.FileName, cleaned, format, alt);
        var withImage = (model.Text ?? "").TrimEnd('\n') + "\n\n" + image.MarkdownReference + "\n";
        if (!await TrySaveDraftAsync(course, module, model, withImage))
        {
            return await ConflictViewAsync(course, module, model);
        }

        TempData["Notice"] = text["Authoring.ImageAdded", image.MarkdownReference].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId, language = model.Language });
    }

    /// <summary>Converts pasted or uploaded GIFT/Aiken with the quiz import and appends the quiz block to the draft.</summary>
    [HttpPost("courses/{courseId}/modules/{moduleId}/quiz")]
    [RequestSizeLimit(MaxQuizBytes + (256 * 1024))]
    public async Task<IActionResult> ImportQuiz(string courseId, string moduleId, ModuleEditorModel model)
    {
        if (await EditableModuleAsync(courseId, moduleId) is not (var course, var module))
        {
            return NotFound();
        }

        var source = model.QuizSource;
        if (model.QuizFile is { Length: > 0 } file)
        {
            if (file.Length > MaxQuizBytes)
            {
                model.QuizErrors = [text["QuizImport.TooLarge"]];
                return await RefusedAsync(course, module, model, StatusCodes.Status400BadRequest);
            }

            using var reader = new StreamReader(file.OpenReadStream());
            source = await reader.ReadToEndAsync();
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            model.QuizErrors = [text["QuizImport.Empty"]];
            return await RefusedAsync(course, module, model, StatusCodes.Status400BadRequest);
        }

        var result = model.QuizFormat == "aiken" ? AikenParser.Parse(source) : GiftParser.Parse(source);
        var errors = result.Errors.Select(e => text["Authoring.QuizLineError", e.Line, e.Text.For(HttpContext.Language())].Value).ToList();
        if (result.Questions.Count == 0 || errors.Count > 0)
        {
            // Nothing is added while the source has errors: fix them and convert again.
            model.QuizErrors = errors.Count > 0 ? errors : [text["QuizImport.Empty"]];
            return await RefusedAsync(course, module, model, StatusCodes.Status400BadRequest);
        }

        var withQuiz = (model.Text ?? "").TrimEnd('\n') + "\n\n" + QuizConversion.ToMarkdown(result.Questions);
        if (!await TrySaveDraftAsync(course, module, model, withQuiz))
        {
            return await ConflictViewAsync(course, module, model);
        }

        TempData["Notice"] = text["Authoring.QuizAdded", result.Questions.Count].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId, language = model.Language });
    }

    [HttpGet("courses/{courseId}/modules/{moduleId}/history")]
    public async Task<IActionResult> History(string courseId, string moduleId, string? language, int? from, int? to)
    {
        if (await EditableModuleAsync(courseId, moduleId) is not (_, var module))
        {
            return NotFound();
        }

        language = Languages.Normalize(language);
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
        if (await EditableModuleAsync(courseId, moduleId) is not (var course, var module)
            || await db.ModuleVersions.SingleOrDefaultAsync(v => v.ModuleId == moduleId && v.Number == number) is not { } version)
        {
            return NotFound();
        }

        if (!await drafts.RestoreAsync(course, module, version, UserId))
        {
            TempData["Notice"] = text["Authoring.ConflictTitle"].Value;
            return RedirectToAction(nameof(Editor), new { courseId, moduleId });
        }

        TempData["Notice"] = text["Authoring.Restored", number].Value;
        return RedirectToAction(nameof(Editor), new { courseId, moduleId });
    }

    /// <summary>The module with its course when this user may edit that course; null (so 404) otherwise.</summary>
    private async Task<EditableModule?> EditableModuleAsync(string courseId, string moduleId)
    {
        var course = await db.Courses.EditableBy(db, User, UserId).SingleOrDefaultAsync(c => c.Id == courseId);
        var module = course is null ? null : await db.Modules.SingleOrDefaultAsync(m => m.Id == moduleId && m.CourseId == courseId);
        return module is null ? null : new EditableModule(course!, module);
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
        return await RefusedAsync(course, module, model, StatusCodes.Status409Conflict);
    }

    /// <summary>The editor again, with what was refused shown on it, answered with <paramref name="status"/>.</summary>
    private async Task<IActionResult> RefusedAsync(Course course, CourseModule module, ModuleEditorModel model, int status)
    {
        Response.StatusCode = status;
        return View("Editor", await page.FillAsync(course, module, model, HttpContext.Language(), preview: false));
    }

    /// <summary>The errors of the language being edited (or else all of them) as the text field's message.</summary>
    private void AddTextErrors(ModuleEditorModel model, ModuleCheck check)
    {
        var errors = check.Problems.Where(p => p.IsError).ToList();
        var own = errors.Where(p => p.Path.EndsWith($".{model.Language}.md", StringComparison.Ordinal)).ToList();
        var language = HttpContext.Language();
        var message = string.Join("; ", (own.Count > 0 ? own : errors).Select(p => $"{text["Authoring.Line", p.Line]}: {p.Text.For(language)}"));
        ModelState.AddModelError(nameof(model.Text), message);
    }

    private static string FileText(CourseModule module, ModuleVersion version, string language) => ModuleDrafts.PublishedText(module, version, language) ?? "";

    private sealed record EditableModule(Course Course, CourseModule Module);
}
