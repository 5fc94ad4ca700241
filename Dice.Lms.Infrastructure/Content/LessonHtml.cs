using Dice.Lms.Domain.Courses;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// The sanitised HTML of a module version in one language, rendered once and cached: links to the course's other
/// module files become module pages, images become content-addressed assets.
/// </summary>
public sealed class LessonHtml(ModuleRenderer renderer, RenderedHtmlCache cache)
{
    public string Render(ModuleVersion version, ModuleVersionText text, string courseId, IReadOnlyDictionary<string, string> moduleIdsByFileStem)
    {
        var assets = version.AssetHashes;
        return cache.GetOrAdd(version.ContentHash, text.Language, () => renderer.Render(text.Markdown, text.Language,
            url => ResolveLocalUrl(url, assets, courseId, moduleIdsByFileStem)));
    }

    /// <summary>
    /// A draft as learners would see it once published: the same renderer, sanitiser and link rules, never cached
    /// because a draft changes with every keystroke.
    /// </summary>
    /// <param name="assets">Image hashes by path in the course folder.</param>
    public string RenderDraft(string markdown, string language, IReadOnlyDictionary<string, string> assets, string courseId,
        IReadOnlyDictionary<string, string> moduleIdsByFileStem) =>
        renderer.Render(markdown, language, url => ResolveLocalUrl(url, assets, courseId, moduleIdsByFileStem));

    private static string? ResolveLocalUrl(string url, IReadOnlyDictionary<string, string> assets, string courseId,
        IReadOnlyDictionary<string, string> moduleIdsByFileStem)
    {
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        path = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        if (assets.TryGetValue(path, out var hash))
        {
            return $"/assets/{hash}";
        }

        // "02-phishing.en.md" or "02-phishing.mn.md": a link to another module of the course.
        var stem = Path.GetFileName(path).Split('.')[0];
        return path.EndsWith(".md", StringComparison.Ordinal) && moduleIdsByFileStem.TryGetValue(stem, out var moduleId)
            ? $"/courses/{Uri.EscapeDataString(courseId)}/modules/{Uri.EscapeDataString(moduleId)}"
            : null;
    }
}
