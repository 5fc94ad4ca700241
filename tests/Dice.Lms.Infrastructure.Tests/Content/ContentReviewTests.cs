using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary><c>reviewed</c> and <c>sources</c> in a module's front matter: when its facts were checked, and against what.</summary>
public sealed class ContentReviewTests
{
    private const string En = TempContent.English;
    private const string Mn = TempContent.Mongolian;
    private const string Reviewed = "reviewed: 2026-12-01\n";
    private const string Sources = "sources: [\"Google Account Help, \\\"Turn on 2-Step Verification\\\", support.google.com\"]\n";

    private TempContent _content = null!;

    [SetUp]
    public void CopySamples() => _content = TempContent.FromSamples();

    [TearDown]
    public void DeleteCopy() => _content.Dispose();

    [Test]
    public void MissingReviewedIsAnErrorAtTheTopOfTheFile()
    {
        _content.Replace(En, Reviewed, "");
        var problem = Problems(FixedClock.SampleDay).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.ToString(), Is.EqualTo($"{En}:1: error: missing key 'reviewed': write when the facts were last checked, as reviewed: YYYY-MM-DD"));
            Assert.That(problem.Text.Mn, Does.Contain("'reviewed' түлхүүр алга"));
        });
    }

    [Test]
    public void MissingSourcesIsAnError()
    {
        _content.Replace(Mn, Sources, "");
        var problem = Problems(FixedClock.SampleDay).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.ToString(), Is.EqualTo($"{Mn}:1: error: missing key 'sources': list what the facts were checked against"));
            Assert.That(problem.Text.Mn, Does.Contain("'sources' түлхүүр алга"));
        });
    }

    [Test]
    public void SourcesMustBeAListOfTexts()
    {
        _content.Replace(En, Sources, "sources: support.google.com\n");
        Assert.That(Printed(FixedClock.SampleDay), Is.EqualTo(new[] { $"{En}:11: error: 'sources' must be a list, like [\"a\", \"b\"] or lines starting with '- '" }));
    }

    [Test]
    public void EmptySourcesIsAnError()
    {
        _content.Replace(En, Sources, "sources: []\n");
        Assert.That(Printed(FixedClock.SampleDay), Is.EqualTo(new[] { $"{En}:11: error: 'sources' is empty" }));
    }

    [TestCase("2026-13-01")]
    [TestCase("1 December 2026")]
    [TestCase("2026-12-1")]
    public void ReviewedMustBeAnIsoDate(string date)
    {
        _content.Replace(En, Reviewed, $"reviewed: {date}\n");
        Assert.That(Printed(FixedClock.SampleDay), Is.EqualTo(new[] { $"{En}:10: error: 'reviewed' must be a date YYYY-MM-DD such as 2026-12-04, not '{date}'" }));
    }

    [Test]
    public void ReviewedInTheFutureIsAnError()
    {
        Assert.That(Printed(FixedClock.On(2026, 11, 30)), Is.EqualTo(new[]
        {
            $"{En}:10: error: 'reviewed' date 2026-12-01 is in the future",
            $"{Mn}:10: error: 'reviewed' date 2026-12-01 is in the future",
        }));
    }

    [Test]
    public void AReviewTwelveMonthsOldIsStillCurrent() =>
        Assert.That(Printed(FixedClock.On(2027, 12, 1)), Is.Empty);

    [Test]
    public void AReviewMoreThanTwelveMonthsOldIsAWarningAtItsLine()
    {
        var problems = Problems(FixedClock.On(2027, 12, 2));
        Assert.Multiple(() =>
        {
            Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
            {
                $"{En}:10: warning: module last reviewed on 2026-12-01, more than 12 months ago: check its facts and links again and update 'reviewed'",
                $"{Mn}:10: warning: module last reviewed on 2026-12-01, more than 12 months ago: check its facts and links again and update 'reviewed'",
            }));
            Assert.That(problems[0].Text.Mn, Does.Contain("12 сараас өмнө"));
        });
    }

    [Test]
    public void TheClockComesFromTheCaller()
    {
        // The same files are current for one clock and due for review for another: nothing reads the machine's date.
        Assert.That(Printed(FixedClock.SampleDay), Is.Empty);
        Assert.That(Printed(FixedClock.On(2030, 1, 1)), Has.Count.EqualTo(2));
    }

    [Test]
    public void AModuleWrittenInTheBrowserNeedsBothToBePublished()
    {
        var text = _content.Read(Mn).Replace(Reviewed, "", StringComparison.Ordinal).Replace(Sources, "", StringComparison.Ordinal);
        var check = ContentValidator.ValidateModule(Draft(text), FixedClock.Today);
        Assert.Multiple(() =>
        {
            Assert.That(check.Module, Is.Null, "a module without its review cannot be published");
            Assert.That(check.Problems.Where(p => p.IsError).Select(p => p.ToString()), Is.EqualTo(new[]
            {
                $"{Mn}:1: error: missing key 'reviewed': write when the facts were last checked, as reviewed: YYYY-MM-DD",
                $"{Mn}:1: error: missing key 'sources': list what the facts were checked against",
            }));
        });
    }

    [Test]
    public void AModuleWrittenInTheBrowserKeepsItsReviewAndIsCheckedAgainstTheClock()
    {
        var check = ContentValidator.ValidateModule(Draft(_content.Read(Mn)), FixedClock.Today);
        var text = check.Module!.Versions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(text.Reviewed, Is.EqualTo(new DateOnly(2026, 12, 1)));
            Assert.That(text.Sources, Is.EqualTo(new[] { "Google Account Help, \"Turn on 2-Step Verification\", support.google.com" }));
        });
        var late = ContentValidator.ValidateModule(Draft(_content.Read(Mn)), new DateOnly(2028, 1, 1));
        Assert.That(late.Problems.Where(p => p.Message.Contains("reviewed")).Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{Mn}:10: warning: module last reviewed on 2026-12-01, more than 12 months ago: check its facts and links again and update 'reviewed'",
        }));
    }

    [Test]
    public void AWrittenModuleFileKeepsItsReview()
    {
        // The file the browser editor shows for a published version, and a course export writes, keeps both keys.
        var text = ContentFiles.ModuleFile("strong-passwords", "Passwords", Domain.Competences.ProficiencyLevel.Beginner, ["4.1"], 10, ["Know"],
            new DateOnly(2026, 12, 1), ["legalinfo.mn, \"Law on Personal Data Protection\" (2021)"], "\n# Passwords\n");
        var check = ContentValidator.ValidateModule(Draft(text), FixedClock.Today);
        Assert.Multiple(() =>
        {
            Assert.That(check.Problems.Where(p => p.IsError), Is.Empty);
            Assert.That(check.Texts.Single().Reviewed, Is.EqualTo(new DateOnly(2026, 12, 1)));
            Assert.That(check.Texts.Single().Sources, Is.EqualTo(new[] { "legalinfo.mn, \"Law on Personal Data Protection\" (2021)" }));
        });
    }

    private static DraftModule Draft(string mn) => new("safety", "01-strong-passwords", "strong-passwords",
        new Dictionary<string, string> { ["mn"] = mn }, new Dictionary<string, byte[]> { ["images/passphrase.png"] = [1] }, []);

    private IReadOnlyList<ContentProblem> Problems(TimeProvider clock) => ContentValidator.Validate(_content.Root, clock);

    private List<string> Printed(TimeProvider clock) => [.. Problems(clock).Select(p => p.ToString())];
}
