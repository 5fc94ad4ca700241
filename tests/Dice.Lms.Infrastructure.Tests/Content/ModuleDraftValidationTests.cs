using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>A module written in the browser gets the checks content validate runs, at the lines of its text.</summary>
public sealed class ModuleDraftValidationTests
{
    private const string Mn = "---\nid: passwords\ntitle: Нууц үг\nlevel: beginner\ncompetences: [\"4.1\"]\nminutes: 10\nobjectives:\n  - Нууц үг\nreviewed: 2026-12-01\nsources: [\"support.google.com\"]\n---\n";
    private const string En = "---\nid: passwords\ntitle: Passwords\nlevel: beginner\ncompetences: [\"4.1\"]\nminutes: 10\nobjectives:\n  - Passwords\nreviewed: 2026-12-01\nsources: [\"support.google.com\"]\n---\n";

    private static ModuleCheck Check(string mn, string en, Dictionary<string, byte[]>? images = null, string[]? others = null) =>
        ContentValidator.ValidateModule(new DraftModule("safety", "01-passwords", "passwords",
            new Dictionary<string, string> { ["mn"] = mn, ["en"] = en }, images ?? [], others ?? []), FixedClock.Today);

    [Test]
    public void AGoodModuleHasNoProblemsAndAHash()
    {
        var check = Check(Mn + "\n# Нууц үг\n", En + "\n# Passwords\n");

        Assert.That(check.Problems, Is.Empty);
        Assert.That(check.Module!.ContentHash, Has.Length.EqualTo(64));
        Assert.That(check.Module.Languages, Is.EqualTo(new[] { "en", "mn" }));
    }

    [Test]
    public void QuizAndImageErrorsAreReportedAtTheLinesOfTheText()
    {
        var check = Check(Mn + "\n![](images/missing.png)\n\n```quiz\n## No answers\n```\n", En + "\nFine.\n");

        var errors = check.Problems.Where(p => p.IsError).ToList();
        Assert.That(check.Module, Is.Null);
        Assert.That(errors.Select(p => p.Path).Distinct(), Is.EqualTo(new[] { "safety/01-passwords.mn.md" }));
        Assert.That(errors.Where(p => p.Message.Contains("alt text")).Select(p => p.Line), Is.EqualTo(new[] { 13 }));
        Assert.That(errors.Where(p => p.Message.Contains("not found")).Select(p => p.Line), Is.EqualTo(new[] { 13 }));
        Assert.That(errors.Where(p => p.Message.StartsWith("quiz:")).Select(p => p.Line), Has.All.InRange(16, 17));
        Assert.That(errors.Where(p => p.Message.StartsWith("quiz:")).Select(p => p.Text.Mn), Is.EqualTo(new[] { "сорил: асуултад хариулт алга" }));
    }

    [Test]
    public void UploadedImagesAndOtherModulesOfTheCourseAreFound()
    {
        var check = Check(Mn + "\n![Газрын зураг](images/map.png)\n\n[Next](02-backups.mn.md)\n", En + "\n![A map](images/map.png)\n",
            new Dictionary<string, byte[]> { ["images/map.png"] = [1, 2, 3] }, ["02-backups.mn.md"]);

        Assert.That(check.Problems, Is.Empty);
        Assert.That(check.Module!.Images, Is.EqualTo(new[] { "images/map.png" }));
    }

    [Test]
    public void TheModuleIdCannotChangeAndAnEmptyLanguageIsOnlyAWarning()
    {
        var check = Check(Mn.Replace("id: passwords", "id: renamed") + "\nText\n", "");

        Assert.That(check.Problems.Where(p => p.IsError).Select(p => (p.Line, p.Message)), Has.Some.EqualTo((2, "module id 'renamed' must stay 'passwords': the id of a published module cannot change")));
        Assert.That(check.Problems.Where(p => !p.IsError).Select(p => p.Message), Has.Some.StartsWith("no en version"));
    }
}
