using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class ProficiencyRulesDemonstrated
{
    [Test]
    public void IsNoneWithoutQuizzes()
    {
        Assert.That(ProficiencyRules.Demonstrated([]), Is.EqualTo(None));
    }

    [Test]
    public void IsNoneWhenNoQuizWasPassed()
    {
        Assert.That(ProficiencyRules.Demonstrated([(Beginner, false), (Advanced, false)]), Is.EqualTo(None));
    }

    [Test]
    public void IsTheHighestModuleLevelPassed()
    {
        Assert.That(ProficiencyRules.Demonstrated([(Beginner, true), (Advanced, true), (Intermediate, true)]), Is.EqualTo(Advanced));
    }

    [Test]
    public void IgnoresFailedQuizzesAboveThePassedOnes()
    {
        Assert.That(ProficiencyRules.Demonstrated([(Beginner, true), (Expert, false), (Advanced, false)]), Is.EqualTo(Beginner));
    }

    [Test]
    public void CountsAPassEvenWhenTheSameLevelWasAlsoFailed()
    {
        Assert.That(ProficiencyRules.Demonstrated([(Intermediate, false), (Intermediate, true)]), Is.EqualTo(Intermediate));
    }
}
