using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class CohortReportCombine
{
    [Test]
    public void AddsReportsRowByRowUnderTheNewName()
    {
        var gobi = CohortReport.Build("Gobi", [Learner("safety", Beginner, Advanced), Learner("safety", None, Beginner)]);
        var city = CohortReport.Build("City", [Learner("safety", Beginner, Intermediate)]);

        var all = CohortReport.Combine("All", [gobi, city]);

        Assert.That(all, Has.Count.EqualTo(30));
        Assert.That(all, Has.All.Matches<ReportRow>(r => r.Cohort == "All"));
        Assert.That(all.Single(r => r.Area == "safety" && r.Level == Beginner), Is.EqualTo(new ReportRow("All", "safety", Beginner, 2, 1)));
        Assert.That(all.Single(r => r.Area == "safety" && r.Level == None), Is.EqualTo(new ReportRow("All", "safety", None, 1, 0)));
        Assert.That(all.Sum(r => r.Current), Is.EqualTo(3));
    }

    [Test]
    public void CombiningNothingGivesThirtyRowsOfZeros()
    {
        var all = CohortReport.Combine("All", []);

        Assert.That(all, Has.Count.EqualTo(30));
        Assert.That(all.Sum(r => r.Baseline + r.Current), Is.Zero);
    }

    private static LearnerLevels Learner(string area, Domain.Competences.ProficiencyLevel baseline, Domain.Competences.ProficiencyLevel current) =>
        new(new Dictionary<string, Domain.Competences.ProficiencyLevel> { [area] = baseline }, new Dictionary<string, Domain.Competences.ProficiencyLevel> { [area] = current });
}
