using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

public class SampleContentTests
{
    private ContentSet _content = null!;

    [OneTimeSetUp]
    public void ReadSamples() => _content = ContentReader.Read(TempContent.SamplesRoot, FixedClock.SampleDay);

    [Test]
    public void SampleHasNoProblems() =>
        Assert.That(_content.Problems.Select(p => p.ToString()), Is.Empty);

    [Test]
    public void ReadsCourseYml()
    {
        var course = _content.Courses.Single();
        Assert.Multiple(() =>
        {
            Assert.That(course.FolderPath, Is.EqualTo("safety"));
            Assert.That(course.Id, Is.EqualTo("digital-safety"));
            Assert.That(course.Area, Is.EqualTo("safety"));
            Assert.That(course.Title, Is.EqualTo(new LocalizedText("Цахим аюулгүй байдал", "Digital safety")));
            Assert.That(course.Description.En, Is.EqualTo("Passwords, phishing and protecting personal data."));
            Assert.That(course.Completion, Is.EqualTo(CourseCompletion.ModulesAndQuizzes));
            Assert.That(course.MinLevel, Is.EqualTo(ProficiencyLevel.Beginner));
            Assert.That(course.PassMark, Is.EqualTo(70));
        });
    }

    [Test]
    public void ReadsModuleInBothLanguages()
    {
        var module = _content.Courses.Single().Modules.Single();
        var en = module.Version("en")!;
        Assert.Multiple(() =>
        {
            Assert.That(module.Position, Is.EqualTo(1));
            Assert.That(module.Id, Is.EqualTo("strong-passwords"));
            Assert.That(module.Languages, Is.EqualTo(new[] { "en", "mn" }));
            Assert.That(module.Version("mn")!.Title, Is.EqualTo("Хүчтэй нууц үг"));
            Assert.That(en.Path, Is.EqualTo("safety/01-strong-passwords.en.md"));
            Assert.That(en.Slug, Is.EqualTo("strong-passwords"));
            Assert.That(en.Title, Is.EqualTo("Strong passwords"));
            Assert.That(en.Level, Is.EqualTo(ProficiencyLevel.Beginner));
            Assert.That(en.Competences, Is.EqualTo(new[] { "4.1", "4.2" }));
            Assert.That(en.Minutes, Is.EqualTo(20));
            Assert.That(en.Objectives, Is.EqualTo(new[] { "Create a long passphrase you can remember", "Turn on two-step verification" }));
            Assert.That(en.BodyStartLine, Is.EqualTo(13));
            Assert.That(en.Body, Does.StartWith("## Why passwords matter\n"));
        });
    }

    [Test]
    public void FindsTheQuizBlockAndItsFirstFileLine()
    {
        var quiz = _content.Courses.Single().Modules.Single().Version("en")!.Quiz!;
        Assert.Multiple(() =>
        {
            Assert.That(quiz.FirstLineNumber, Is.EqualTo(31));
            Assert.That(quiz.Lines[0], Is.EqualTo("pass-mark: 70"));
            Assert.That(quiz.Lines[^1], Is.EqualTo("- [ ] False :: Banks never ask for your PIN; such a message is phishing."));
            Assert.That(quiz.Lines, Has.Count.EqualTo(18));
            Assert.That(quiz.Definition, Is.Not.Null);
            Assert.That(quiz.QuestionCount, Is.EqualTo(3));
        });
    }

    [Test]
    public void BothLanguagesHaveTheSameQuizAndComparableWordCounts()
    {
        var module = _content.Courses.Single().Modules.Single();
        Assert.Multiple(() =>
        {
            Assert.That(module.Version("mn")!.QuestionCount, Is.EqualTo(3));
            Assert.That(module.Version("en")!.QuestionCount, Is.EqualTo(3));
            Assert.That(module.Version("en")!.WordCount, Is.InRange(30, 60));
            Assert.That(module.Version("mn")!.WordCount, Is.InRange(30, 60));
        });
    }

    [Test]
    public void ContentHashIsSha256Hex() =>
        Assert.That(_content.Courses.Single().Modules.Single().ContentHash, Does.Match("^[0-9a-f]{64}$"));

    [Test]
    public void ReadsSelfAssessment()
    {
        var questions = _content.SelfAssessment!.Questions;
        Assert.Multiple(() =>
        {
            Assert.That(questions.Select(q => q.Id), Is.EqualTo(new[] { "devices-files", "safety-passwords" }));
            Assert.That(questions[0].Area, Is.EqualTo("devices"));
            Assert.That(questions[0].Text.En, Is.EqualTo("How do you organise files and folders on your computer or phone?"));
            Assert.That(questions[0].Levels.Keys, Is.EquivalentTo(ProficiencyLevels.All));
            Assert.That(questions[0].Levels[ProficiencyLevel.Intermediate].En, Is.EqualTo("I create folders and sort my files."));
            Assert.That(questions[1].Levels[ProficiencyLevel.Expert].Mn, Is.EqualTo("Би байгууллагынхаа нууц үгийн бодлогыг боловсруулдаг."));
        });
    }
}
