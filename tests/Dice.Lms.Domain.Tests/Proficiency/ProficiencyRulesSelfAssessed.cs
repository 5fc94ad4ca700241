using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class ProficiencyRulesSelfAssessed
{
    [Test]
    public void IsNullWithoutAnswers()
    {
        Assert.That(ProficiencyRules.SelfAssessed([]), Is.Null);
    }

    [Test]
    public void RoundsAnAverageBetweenLevelsDown()
    {
        // The example of docs/self-assessment.md: (75 + 50 + 50) / 3 = 58.3.
        Assert.That(ProficiencyRules.SelfAssessed([Advanced, Intermediate, Intermediate]), Is.EqualTo(Intermediate));
    }

    [Test]
    public void GivesTheLevelAnAverageFallsExactlyOn()
    {
        Assert.That(ProficiencyRules.SelfAssessed([Expert, Intermediate]), Is.EqualTo(Advanced));
    }

    [Test]
    public void ReadsAnAverageOf37Point5AsBeginner()
    {
        Assert.That(ProficiencyRules.SelfAssessed([Beginner, Intermediate]), Is.EqualTo(Beginner));
    }

    [Test]
    public void StaysBelowALevelWhenTheAverageIsAHairShortOfIt()
    {
        // 200 / 3 = 66.67 in decimals; the integer comparison 75 × 3 > 200 keeps it at intermediate.
        Assert.That(ProficiencyRules.SelfAssessed([Expert, Expert, None]), Is.EqualTo(Intermediate));
    }

    [Test]
    public void GivesExpertOnlyWhenEveryAnswerIsExpert()
    {
        Assert.That(ProficiencyRules.SelfAssessed([Expert, Expert, Expert]), Is.EqualTo(Expert));
        Assert.That(ProficiencyRules.SelfAssessed([Expert, Expert, Advanced]), Is.EqualTo(Advanced));
    }

    [Test]
    public void GivesNoneWhenEveryAnswerIsNone()
    {
        Assert.That(ProficiencyRules.SelfAssessed([None, None]), Is.EqualTo(None));
    }

    [TestCaseSource(nameof(SingleAnswers))]
    public void GivesTheLevelOfASingleAnswer(ProficiencyLevel answer)
    {
        Assert.That(ProficiencyRules.SelfAssessed([answer]), Is.EqualTo(answer));
    }

    private static IEnumerable<ProficiencyLevel> SingleAnswers() => ProficiencyLevels.All;
}
