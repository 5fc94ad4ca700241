namespace Dice.Lms.Infrastructure.Content;

/// <summary>A module written in the browser, laid out as its files would be in a course folder of content/.</summary>
/// <param name="CourseFolder">The course's folder name (its id).</param>
/// <param name="FileStem">"02-phishing": position and slug of the module files.</param>
/// <param name="ModuleId">The id the front matter must keep.</param>
/// <param name="Texts">The whole file text (front matter and Markdown) by language; an empty text is no file.</param>
/// <param name="Images">Image bytes by path in the course folder ("images/map.png").</param>
/// <param name="OtherFiles">Other files of the course a module may link to ("03-backups.mn.md").</param>
public sealed record DraftModule(
    string CourseFolder,
    string FileStem,
    string ModuleId,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<string, byte[]> Images,
    IReadOnlyCollection<string> OtherFiles);
