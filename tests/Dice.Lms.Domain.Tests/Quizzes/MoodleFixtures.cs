namespace Dice.Lms.Domain.Tests.Quizzes;

/// <summary>The Moodle importer fixtures shared beside the repository, in ../shared/fixtures/moodle.</summary>
internal static class MoodleFixtures
{
    public static string Read(string fileName)
    {
        var path = Path.Combine(Folder(), fileName);
        Assert.That(File.Exists(path), Is.True, $"Moodle fixture {path} is missing.");
        return File.ReadAllText(path);
    }

    private static string Folder()
    {
        var folder = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "fixtures", "moodle"));
        Assert.That(Directory.Exists(folder), Is.True, $"The Moodle fixtures folder {folder} is missing: the conformance tests need it.");
        return folder;
    }
}
