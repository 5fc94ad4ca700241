using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Tests.Competences;

public sealed class ProficiencyLevelParsing
{
    [TestCase("none", ProficiencyLevel.None)]
    [TestCase("BEGINNER", ProficiencyLevel.Beginner)]
    [TestCase(" Intermediate ", ProficiencyLevel.Intermediate)]
    [TestCase("75", ProficiencyLevel.Advanced)]
    [TestCase("100%", ProficiencyLevel.Expert)]
    [TestCase("Анхан шат", ProficiencyLevel.Beginner)]
    [TestCase("дунд шат", ProficiencyLevel.Intermediate)]
    public void ReadsIdsPercentagesAndMongolianNames(string text, ProficiencyLevel expected)
    {
        Assert.That(ProficiencyLevels.TryParse(text, out var level), Is.True);
        Assert.That(level, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("master")]
    [TestCase("60")]
    public void RefusesAnythingElse(string text) => Assert.That(ProficiencyLevels.TryParse(text, out _), Is.False);

    [Test]
    public void TheSixAreasHaveTheContractIdsAndEveryCompetenceCode()
    {
        Assert.That(CompetenceAreas.All.Select(a => a.Id), Is.EqualTo(new[] { "devices", "information", "communication", "content-creation", "safety", "problem-solving" }));
        Assert.That(CompetenceAreas.All.SelectMany(a => a.Competences).ToList(), Has.Count.EqualTo(23));
        Assert.That(CompetenceAreas.ForCompetence("4.2"), Is.SameAs(CompetenceAreas.Safety));
    }
}
