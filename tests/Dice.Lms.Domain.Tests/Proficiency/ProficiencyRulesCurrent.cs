using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class ProficiencyRulesCurrent
{
    [Test]
    public void KeepsTheSelfAssessmentWhenQuizzesShowLess()
    {
        Assert.That(ProficiencyRules.Current(Advanced, Beginner), Is.EqualTo(Advanced));
    }

    [Test]
    public void RaisesToTheDemonstratedLevelWhenQuizzesShowMore()
    {
        Assert.That(ProficiencyRules.Current(Beginner, Advanced), Is.EqualTo(Advanced));
    }

    [Test]
    public void CountsAMissingSelfAssessmentAsNone()
    {
        Assert.That(ProficiencyRules.Current(null, None), Is.EqualTo(None));
        Assert.That(ProficiencyRules.Current(null, Intermediate), Is.EqualTo(Intermediate));
    }

    [Test]
    public void IsTheSharedLevelWhenBothAgree()
    {
        Assert.That(ProficiencyRules.Current(Expert, Expert), Is.EqualTo(Expert));
    }

    [Test]
    public void FollowsTheRulesFromAnswersAndQuizzes()
    {
        // docs/proficiency.md's worked example.
        ProficiencyLevel? said = ProficiencyRules.SelfAssessed([Advanced, Intermediate, Intermediate]);
        var shown = ProficiencyRules.Demonstrated([(Beginner, true), (Intermediate, true), (Advanced, true), (Expert, false)]);

        Assert.That(ProficiencyRules.Current(said, shown), Is.EqualTo(Advanced));
    }
}
