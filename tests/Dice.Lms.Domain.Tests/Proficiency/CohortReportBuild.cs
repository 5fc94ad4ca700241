using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class CohortReportBuild
{
    [Test]
    public void HasThirtyRowsOfZerosForACohortWithoutLearners()
    {
        var rows = CohortReport.Build("Gobi 2025", []);

        Assert.That(rows, Has.Count.EqualTo(30));
        Assert.That(rows, Has.All.Matches<ReportRow>(r => r.Cohort == "Gobi 2025" && r.Baseline == 0 && r.Current == 0));
    }

    [Test]
    public void OrdersRowsByAreaThenLevel()
    {
        var rows = CohortReport.Build("Gobi 2025", []);

        var expected = CompetenceAreas.All.SelectMany(a => ProficiencyLevels.All.Select(l => (a.Id, l)));
        Assert.That(rows.Select(r => (r.Area, r.Level)), Is.EqualTo(expected));
        Assert.That(rows[0], Is.EqualTo(new ReportRow("Gobi 2025", "devices", None, 0, 0)));
        Assert.That(rows[29], Is.EqualTo(new ReportRow("Gobi 2025", "problem-solving", Expert, 0, 0)));
    }

    [Test]
    public void CountsLearnersPerAreaAndLevelAtTheBaselineAndNow()
    {
        var rows = CohortReport.Build("Gobi 2025",
        [
            Learner(("safety", Beginner, Advanced), ("devices", Intermediate, Intermediate)),
            Learner(("safety", Beginner, Beginner), ("devices", None, Expert)),
            Learner(("safety", Intermediate, Advanced)),
        ]);

        Assert.That(Find(rows, "safety", Beginner), Is.EqualTo((2, 1)));
        Assert.That(Find(rows, "safety", Intermediate), Is.EqualTo((1, 0)));
        Assert.That(Find(rows, "safety", Advanced), Is.EqualTo((0, 2)));
        Assert.That(Find(rows, "devices", None), Is.EqualTo((1, 0)));
        Assert.That(Find(rows, "devices", Intermediate), Is.EqualTo((1, 1)));
        Assert.That(Find(rows, "devices", Expert), Is.EqualTo((0, 1)));
        Assert.That(rows.Sum(r => r.Baseline), Is.EqualTo(5));
        Assert.That(rows.Sum(r => r.Current), Is.EqualTo(5));
    }

    [Test]
    public void LeavesALearnerWithoutABaselineOutOfTheBaselineCountOnly()
    {
        var learner = new LearnerLevels(
            new Dictionary<string, ProficiencyLevel>(),
            new Dictionary<string, ProficiencyLevel> { ["information"] = Beginner });

        var rows = CohortReport.Build("Gobi 2025", [learner]);

        Assert.That(rows.Where(r => r.Area == "information").Sum(r => r.Baseline), Is.Zero);
        Assert.That(Find(rows, "information", Beginner), Is.EqualTo((0, 1)));
    }

    [TestCase("")]
    [TestCase("  ")]
    public void RefusesACohortWithoutAName(string cohort)
    {
        Assert.That(() => CohortReport.Build(cohort, []), Throws.ArgumentException);
    }

    private static LearnerLevels Learner(params (string Area, ProficiencyLevel Baseline, ProficiencyLevel Current)[] areas) =>
        new(areas.ToDictionary(a => a.Area, a => a.Baseline), areas.ToDictionary(a => a.Area, a => a.Current));

    private static (int Baseline, int Current) Find(IReadOnlyList<ReportRow> rows, string area, ProficiencyLevel level)
    {
        var row = rows.Single(r => r.Area == area && r.Level == level);
        return (row.Baseline, row.Current);
    }
}
