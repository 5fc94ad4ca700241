using System.Globalization;
using System.Text;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Writes course.yml and module files in the format of docs/authoring.md, so a course kept in the database can be
/// edited as text and exported to content/, and <see cref="ContentReader"/> reads back what was written.
/// </summary>
public static class ContentFiles
{
    /// <summary>"01-strong-passwords.mn.md": the file of a module in one language.</summary>
    public static string ModuleFileName(int position, string slug, string language) =>
        $"{position.ToString("00", CultureInfo.InvariantCulture)}-{slug}.{language}.md";

    public static string CourseFile(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var text = new StringBuilder();
        text.Append("id: ").Append(course.Id).Append('\n');
        text.Append("area: ").Append(course.AreaId).Append('\n');
        text.Append("title:\n  mn: ").Append(Quote(course.TitleMn)).Append("\n  en: ").Append(Quote(course.TitleEn)).Append('\n');
        text.Append("description:\n  mn: ").Append(Quote(Or(course.DescriptionMn, course.TitleMn)))
            .Append("\n  en: ").Append(Quote(Or(course.DescriptionEn, course.TitleEn))).Append('\n');
        text.Append("completion: ").Append(course.Completion == CompletionRule.Modules ? "modules" : "modules-and-quizzes").Append('\n');
        if (course.MinLevel is { } level)
        {
            text.Append("min-level: ").Append(level.Id()).Append('\n');
        }

        text.Append("pass-mark: ").Append(course.PassMark.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return text.ToString();
    }

    /// <summary>The file of a published version in one language, front matter and Markdown as the author wrote them.</summary>
    public static string ModuleFile(string moduleId, ModuleVersion version, ModuleVersionText text)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(text);
        return ModuleFile(moduleId, text.Title, version.Level, version.CompetenceCodes, version.Minutes, text.ObjectiveList, text.Reviewed, text.SourceList, text.Markdown);
    }

    /// <param name="reviewed">Written as <c>reviewed:</c> when known; the validator asks for it otherwise.</param>
    /// <param name="sources">Written as <c>sources:</c> when there are any.</param>
    public static string ModuleFile(string moduleId, string title, ProficiencyLevel level, IEnumerable<string> competences, int minutes,
        IEnumerable<string> objectives, DateOnly? reviewed, IEnumerable<string> sources, string body)
    {
        var text = new StringBuilder("---\n");
        text.Append("id: ").Append(moduleId).Append('\n');
        text.Append("title: ").Append(Quote(title)).Append('\n');
        text.Append("level: ").Append(level.Id()).Append('\n');
        text.Append("competences: [").AppendJoin(", ", competences.Select(Quote)).Append("]\n");
        text.Append("minutes: ").Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('\n');
        var list = objectives.Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
        text.Append("objectives:");
        if (list.Count == 0)
        {
            text.Append(" []\n");
        }
        else
        {
            text.Append('\n');
            foreach (var objective in list)
            {
                text.Append("  - ").Append(Quote(objective.Trim())).Append('\n');
            }
        }

        if (reviewed is { } date)
        {
            text.Append("reviewed: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        var sourceList = sources.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (sourceList.Count > 0)
        {
            text.Append("sources:\n");
            foreach (var source in sourceList)
            {
                text.Append("  - ").Append(Quote(source.Trim())).Append('\n');
            }
        }

        text.Append("---\n").Append(body);
        return text.ToString();
    }

    private static string Or(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    // A YAML double-quoted scalar: only the backslash and the quote need escaping; line breaks become spaces.
    private static string Quote(string text) =>
        "\"" + text.ReplaceLineEndings(" ").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
