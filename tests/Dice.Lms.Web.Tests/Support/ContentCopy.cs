namespace Dice.Lms.Web.Tests.Support;

/// <summary>A copy of shipped courses in a temporary folder, for tests that change their files.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy(params string[] courses)
    {
        foreach (var course in courses)
        {
            var source = Path.Combine(Repository.Root, "content", course);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, course, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "dice-content-" + Guid.NewGuid().ToString("N"));

    /// <summary>Rewrites both language files of a module, e.g. <c>EditModule("safety", "01-strong-passwords", ...)</c>.</summary>
    public void EditModule(string course, string fileStem, Func<string, string> edit)
    {
        foreach (var language in new[] { "mn", "en" })
        {
            var file = Path.Combine(Root, course, $"{fileStem}.{language}.md");
            File.WriteAllText(file, edit(File.ReadAllText(file)));
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
