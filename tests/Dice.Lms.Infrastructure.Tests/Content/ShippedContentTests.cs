using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>The courses in content/ as the product ships them.</summary>
public sealed class ShippedContentTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "content");

    [Test]
    public void ContentValidatesWithoutErrorsOrMissingTranslations()
    {
        // A review falling due is a reminder for the editors, not a defect of the build: the test ignores only that.
        var problems = ContentValidator.Validate(Folder).Where(p => !p.Message.StartsWith("module last reviewed on", StringComparison.Ordinal));

        Assert.That(problems.Select(p => p.ToString()), Is.Empty);
    }

    [Test]
    public void EveryAreaHasACourseOfAtLeastFiveModulesRisingFromBeginner()
    {
        var content = ContentReader.Read(Folder);

        Assert.That(content.Courses.Select(c => c.Area), Is.EquivalentTo(CompetenceAreas.All.Select(a => a.Id)));
        foreach (var course in content.Courses)
        {
            Assert.That(course.Modules, Has.Count.GreaterThanOrEqualTo(5), course.Id);
            var levels = course.Modules.OrderBy(m => m.Position).Select(m => m.Primary.Level!.Value).ToList();
            Assert.That(levels[0], Is.EqualTo(ProficiencyLevel.Beginner), course.Id);
            Assert.That(levels, Is.Ordered, course.Id);
            Assert.That(levels, Does.Contain(ProficiencyLevel.Advanced), course.Id);
        }
    }

    [Test]
    public void EveryModuleTeachesAtLeast500WordsAndSixQuestionsInBothLanguages()
    {
        var modules = ContentReader.Read(Folder).Courses.SelectMany(c => c.Modules).ToList();

        Assert.That(modules, Has.Count.GreaterThanOrEqualTo(30));
        foreach (var module in modules)
        {
            Assert.That(module.Languages, Is.EqualTo(new[] { "en", "mn" }), module.Id);
            foreach (var text in module.Versions)
            {
                Assert.That(text.WordCount, Is.GreaterThanOrEqualTo(500), text.Path);
                Assert.That(text.QuestionCount, Is.GreaterThanOrEqualTo(6), text.Path);
                Assert.That(text.Quiz?.Definition?.Questions.Select(q => q.Type).Distinct().Count(), Is.GreaterThanOrEqualTo(3), $"{text.Path} mixes question types");
            }
        }
    }

    [Test]
    public void EveryCompetenceIsTaught()
    {
        var taught = ContentReader.Read(Folder).Courses.SelectMany(c => c.Modules).SelectMany(m => m.Primary.Competences).ToHashSet();

        Assert.That(CompetenceAreas.All.SelectMany(a => a.Competences).Where(c => !taught.Contains(c)), Is.Empty);
    }

    [Test]
    public void TheSelfAssessmentHasSixteenQuestionsCoveringEveryArea()
    {
        var assessment = ContentReader.Read(Folder).SelfAssessment;

        Assert.That(assessment, Is.Not.Null);
        Assert.That(assessment!.Questions, Has.Count.EqualTo(16));
        Assert.That(assessment.Questions.Select(q => q.Area).Distinct(), Is.EquivalentTo(CompetenceAreas.All.Select(a => a.Id)));
        Assert.That(assessment.Questions.All(q => q.Levels.Count == 5), Is.True);
    }
}
