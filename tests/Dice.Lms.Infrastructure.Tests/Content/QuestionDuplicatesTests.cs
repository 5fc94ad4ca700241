using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>A question asked again in another module of the catalogue is a warning at the later one.</summary>
public sealed class QuestionDuplicatesTests
{
    private const string En = TempContent.English;
    private const string Other = "safety/02-other.en.md";
    private const string Question = "## Which of these passwords is the strongest?";

    private TempContent _content = null!;

    [SetUp]
    public void CopySamples()
    {
        _content = TempContent.FromSamples();
        // A second module, English only, that asks the sample's questions again.
        _content.Write(Other, _content.Read(En).Replace("id: strong-passwords", "id: other-module", StringComparison.Ordinal));
    }

    [TearDown]
    public void DeleteCopy() => _content.Dispose();

    [Test]
    public void AQuestionAskedAgainInAnotherModuleIsAWarningNamingTheFirst()
    {
        var problems = Duplicates();
        Assert.Multiple(() =>
        {
            Assert.That(problems.Select(p => p.ToString()), Does.Contain($"{Other}:{LineOf(Question)}: warning: this question is nearly the same as the one at {En}:{LineOf(Question)}: ask it in one module only and test something else here"));
            Assert.That(problems.All(p => p.Path == Other), Is.True, "only the later copy is reported");
            Assert.That(problems[0].Text.Mn, Does.Contain("бараг ижил"));
        });
    }

    [Test]
    public void ARewordedQuestionWithTheSameAnswerIsStillFound()
    {
        _content.Replace(Other, Question, "## Of these passwords, which one is the strongest one?");
        Assert.That(Duplicates().Select(p => p.Line), Does.Contain(LineOf("## Of these passwords, which one is the strongest one?")));
    }

    [Test]
    public void TheSameTextWithAnotherRightAnswerIsNotADuplicate()
    {
        _content.Replace(Other, "- [x] ger-window-blue-horse-2024", "- [x] correct-horse-battery-staple-mongolia");
        Assert.That(Duplicates().Select(p => p.Line), Does.Not.Contain(LineOf(Question)));
    }

    [Test]
    public void AnotherQuestionWithTheSameAnswerIsNotADuplicate()
    {
        _content.Replace(Other, Question, "## Which example in this module is written with dashes between words?");
        Assert.That(Duplicates().Select(p => p.Line), Does.Not.Contain(LineOf("## Which example in this module is written with dashes between words?")));
    }

    [Test]
    public void TheTwoLanguagesOfOneModuleAreNotCompared()
    {
        _content.Delete(Other);
        Assert.That(Duplicates(), Is.Empty);
    }

    private List<ContentProblem> Duplicates() =>
        [.. ContentValidator.Validate(_content.Root, FixedClock.SampleDay).Where(p => p.Message.StartsWith("this question is nearly the same", StringComparison.Ordinal))];

    private int LineOf(string text) => Array.IndexOf(_content.Read(Other).Split('\n'), text) + 1;
}
