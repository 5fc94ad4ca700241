using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class CohortReportNeed
{
    [Test]
    public void GivesTheShareAtNoneBeginnerOrIntermediatePerArea()
    {
        var rows = CohortReport.Build("Gobi 2025",
        [
            Learner(None, Advanced),
            Learner(Beginner, Intermediate),
            Learner(Intermediate, Advanced),
        ]);

        var safety = CohortReport.ShareAtOrBelowIntermediate(rows).Single(n => n.Area == "safety");

        // Baseline: all three at or below intermediate; now: one of three, 33.3%.
        Assert.That(safety, Is.EqualTo(new AreaNeed("Gobi 2025", "safety", 100.0m, 33.3m)));
    }

    [Test]
    public void RoundsToOneDecimal()
    {
        var rows = CohortReport.Build("Gobi 2025",
        [
            Learner(Beginner, Advanced),
            Learner(Beginner, Advanced),
            Learner(Expert, Expert),
        ]);

        var safety = CohortReport.ShareAtOrBelowIntermediate(rows).Single(n => n.Area == "safety");

        Assert.That(safety.Baseline, Is.EqualTo(66.7m));
        Assert.That(safety.Current, Is.EqualTo(0.0m));
    }

    [Test]
    public void HasOneEntryPerAreaInReportOrder()
    {
        var needs = CohortReport.ShareAtOrBelowIntermediate(CohortReport.Build("Gobi 2025", [Learner(Advanced, Advanced)]));

        Assert.That(needs.Select(n => n.Area), Is.EqualTo(CompetenceAreas.All.Select(a => a.Id)));
    }

    [Test]
    public void IsNullForAnAreaWhereNoLearnerHasALevel()
    {
        var needs = CohortReport.ShareAtOrBelowIntermediate(CohortReport.Build("Gobi 2025", [Learner(Advanced, Advanced)]));

        Assert.That(needs.Single(n => n.Area == "devices"), Is.EqualTo(new AreaNeed("Gobi 2025", "devices", null, null)));
    }

    [Test]
    public void KeepsCohortsApart()
    {
        var rows = CohortReport.Build("A", [Learner(None, None)]).Concat(CohortReport.Build("B", [Learner(Expert, Expert)]));

        var safety = CohortReport.ShareAtOrBelowIntermediate(rows).Where(n => n.Area == "safety");

        Assert.That(safety, Is.EqualTo(new[]
        {
            new AreaNeed("A", "safety", 100.0m, 100.0m),
            new AreaNeed("B", "safety", 0.0m, 0.0m),
        }));
    }

    private static LearnerLevels Learner(ProficiencyLevel baseline, ProficiencyLevel current) =>
        new(new Dictionary<string, ProficiencyLevel> { ["safety"] = baseline },
            new Dictionary<string, ProficiencyLevel> { ["safety"] = current });
}
