using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class ProficiencyRulesPerCompetence
{
    [Test]
    public void GivesAll23CompetencesAtNoneWithoutQuizzes()
    {
        var levels = ProficiencyRules.DemonstratedPerCompetence([]);

        Assert.That(levels.Keys, Is.EqualTo(CompetenceAreas.AllCompetences));
        Assert.That(levels.Values, Is.All.EqualTo(None));
        Assert.That(levels, Has.Count.EqualTo(23));
    }

    [Test]
    public void RaisesEveryCompetenceAPassedModuleTeachesToItsLevel()
    {
        var levels = ProficiencyRules.DemonstratedPerCompetence([(Intermediate, ["4.1", "4.2"], true)]);

        Assert.That(levels["4.1"], Is.EqualTo(Intermediate));
        Assert.That(levels["4.2"], Is.EqualTo(Intermediate));
        Assert.That(levels["4.3"], Is.EqualTo(None));
    }

    [Test]
    public void KeepsTheHighestPassedLevelAndIgnoresFailedQuizzes()
    {
        var levels = ProficiencyRules.DemonstratedPerCompetence([
            (Beginner, ["4.2"], true), (Advanced, ["4.2", "2.3"], true), (Intermediate, ["4.2"], true), (Expert, ["4.2", "5.1"], false)]);

        Assert.That(levels["4.2"], Is.EqualTo(Advanced));
        Assert.That(levels["2.3"], Is.EqualTo(Advanced), "a module outside the area still teaches the competence");
        Assert.That(levels["5.1"], Is.EqualTo(None), "a failed quiz shows nothing");
    }

    [Test]
    public void IgnoresCodesOutsideTheFramework()
    {
        var levels = ProficiencyRules.DemonstratedPerCompetence([(Expert, ["9.9", " 1.1 "], true)]);

        Assert.That(levels, Has.Count.EqualTo(23));
        Assert.That(levels["1.1"], Is.EqualTo(Expert));
    }
}
