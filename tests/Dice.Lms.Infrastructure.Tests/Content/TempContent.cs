namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>A throw-away copy of the sample content that a test breaks on purpose.</summary>
internal sealed class TempContent : IDisposable
{
    public const string English = "safety/01-strong-passwords.en.md";
    public const string Mongolian = "safety/01-strong-passwords.mn.md";
    public const string Course = "safety/course.yml";
    public const string SelfAssessment = "self-assessment.yml";

    private TempContent(string root) => Root = root;

    public static string SamplesRoot => Path.Combine(TestContext.CurrentContext.TestDirectory, "Content", "Samples");

    public string Root { get; }

    public static TempContent FromSamples()
    {
        var root = Path.Combine(Path.GetTempPath(), "dice-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(SamplesRoot, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(SamplesRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new TempContent(root);
    }

    public string Read(string path) => File.ReadAllText(Full(path));

    public void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(path))!);
        File.WriteAllText(Full(path), text);
    }

    /// <summary>Replaces text that must be there, so a changed sample cannot make a test pass without breaking anything.</summary>
    public void Replace(string path, string oldText, string newText)
    {
        var text = Read(path);
        Assert.That(text, Does.Contain(oldText), $"{path} no longer holds the text this test changes");
        Write(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Delete(string path) => File.Delete(Full(path));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Full(string path) => Path.Combine(Root, path);
}
