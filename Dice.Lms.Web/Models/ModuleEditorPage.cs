using Dice.Lms.Domain;
using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Authoring;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Models;

/// <summary>
/// Builds the module editor page around what the author posted: the validator's problems for both languages, the
/// module's images, the last save and, for a preview, the text rendered through the learners' pipeline.
/// </summary>
public sealed class ModuleEditorPage(LmsDbContext db, UserManager<LmsUser> users, LessonHtml lessons, ModuleDrafts drafts)
{
    /// <summary>Fills what the editor shows around the posted text; <paramref name="preview"/> also renders it as learners would read it.</summary>
    public async Task<ModuleEditorModel> FillAsync(Course course, CourseModule module, ModuleEditorModel model, string language, bool preview)
    {
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
        model.HasUnpublishedChanges = Languages.All.Any(l => texts.GetValueOrDefault(l, "") != (ModuleDrafts.PublishedText(module, current, l) ?? ""));
        model.SavedAt = draft?.SavedAt;
        model.SavedByName = draft is null ? null : (await users.FindByIdAsync(draft.SavedBy))?.FullName;
        model.Problems = [.. check.Problems.Select(p => new EditorProblem(p.Path.EndsWith(".en.md", StringComparison.Ordinal) ? Languages.English : Languages.Mongolian, p.Line, p.IsError, p.Text.For(language)))];
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
}
