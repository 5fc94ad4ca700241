namespace Dice.Lms.Domain.Tests.Quizzes;

/// <summary>Moodle's own importer fixtures, kept in the repository in tests/fixtures/moodle (GPL-3.0, see its README).</summary>
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
        var folder = Path.Combine(Repository.Root, "tests", "fixtures", "moodle");
        Assert.That(Directory.Exists(folder), Is.True, $"The Moodle fixtures folder {folder} is missing: the conformance tests need it.");
        return folder;
    }
}
