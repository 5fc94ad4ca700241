using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class CompetenceReportBuild
{
    private static IReadOnlyDictionary<string, ProficiencyLevel> Learner(params (ProficiencyLevel Level, string[] Codes)[] passed) =>
        ProficiencyRules.DemonstratedPerCompetence(passed.Select(p => (p.Level, (IEnumerable<string>)p.Codes, true)));

    [Test]
    public void Has115RowsInCompetenceThenLevelOrderAndCountsEveryLearnerOncePerCompetence()
    {
        var rows = CompetenceReport.Build("Gobi", [Learner((Advanced, ["4.2"])), Learner((Beginner, ["4.2", "0.1"])), Learner()]);

        Assert.That(rows, Has.Count.EqualTo(115));
        Assert.That(rows.Select(r => r.Competence).Distinct(), Is.EqualTo(CompetenceAreas.AllCompetences));
        Assert.That(rows.Take(5).Select(r => r.Level), Is.EqualTo(ProficiencyLevels.All));
        Assert.That(rows.GroupBy(r => r.Competence).Select(g => g.Sum(r => r.Current)), Is.All.EqualTo(3));
        var safety = rows.Where(r => r.Competence == "4.2").Select(r => r.Current);
        Assert.That(safety, Is.EqualTo(new[] { 1, 1, 0, 1, 0 }));
        Assert.That(rows.Where(r => r.Competence == "0.1").Select(r => r.Current), Is.EqualTo(new[] { 2, 1, 0, 0, 0 }));
    }

    [Test]
    public void GivesTheContractCsvColumnsPerRow()
    {
        var rows = CompetenceReport.Build("Gobi, 2025", [Learner((Expert, ["5.4"]))]);

        Assert.That(CompetenceReport.CsvHeader, Is.EqualTo(new[] { "cohort", "competence", "level", "current" }));
        Assert.That(rows, Has.Count.EqualTo(115));
        Assert.That(CompetenceReport.CsvFields(rows[0]), Is.EqualTo(new[] { "Gobi, 2025", "0.1", "none", "1" }));
        Assert.That(CompetenceReport.CsvFields(rows[114]), Is.EqualTo(new[] { "Gobi, 2025", "5.4", "expert", "1" }));
    }

    [Test]
    public void CombinesReportsRowByRow()
    {
        var one = CompetenceReport.Build("A", [Learner((Beginner, ["1.1"]))]);
        var two = CompetenceReport.Build("B", [Learner((Beginner, ["1.1"])), Learner()]);

        var all = CompetenceReport.Combine("All", [one, two]);

        Assert.That(all.Single(r => r.Competence == "1.1" && r.Level == Beginner).Current, Is.EqualTo(2));
        Assert.That(all.Single(r => r.Competence == "1.1" && r.Level == None).Current, Is.EqualTo(1));
        Assert.That(all.Select(r => r.Cohort).Distinct(), Is.EqualTo(new[] { "All" }));
    }

    [Test]
    public void JsonUsesTheCsvColumnNames()
    {
        var json = CompetenceReport.ToJson(CompetenceReport.Build("Говь", [Learner((Intermediate, ["3.3"]))]));

        Assert.That(json, Does.Contain("\"cohort\": \"Говь\""));
        Assert.That(json, Does.Contain("\"competence\": \"3.3\""));
        Assert.That(json, Does.Contain("\"level\": \"intermediate\""));
    }
}
