using Dice.Lms.Domain.Proficiency;

namespace Dice.Lms.Web.Models;

/// <summary>One cohort or all cohorts (<see cref="CohortId"/> null), for everyone or one <see cref="Location"/>.</summary>
public sealed record ProficiencyDashboardViewModel(
    IReadOnlyList<CohortOption> Cohorts,
    int? CohortId,
    string ScopeName,
    IReadOnlyList<string> Locations,
    string? Location,
    DateOnly? Date,
    IReadOnlyList<string> Levels,
    IReadOnlyList<AreaDistribution> Areas,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<LocationNeed> ByLocation,
    IReadOnlyList<string> ImportErrors)
{
    /// <summary>The competence map of the latest snapshot, 23 lines in area order.</summary>
    public IReadOnlyList<CompetenceLine> Competences { get; init; } = [];
}

/// <summary>One competence: learners per level (lowest first) and the modules that teach it ("title (level)").</summary>
public sealed record CompetenceLine(string Code, string AreaId, IReadOnlyList<int> Counts, IReadOnlyList<string> Modules)
{
    public int Total => Counts.Sum();
}

public sealed record CohortOption(int Id, string Name);

/// <summary>
/// The share at or below intermediate per area among one location's learners (report area order); the last one of the
/// dashboard's list is the total of everyone shown, as in the baseline report's Table 3.
/// </summary>
public sealed record LocationNeed(string Location, IReadOnlyList<AreaNeed> Needs);

/// <summary>One area's learners per level (counts in level order), at the baseline and now, like the report's Table 3.</summary>
public sealed record AreaDistribution(string AreaId, string Area, IReadOnlyList<int> Baseline, IReadOnlyList<int> Current, decimal? NeedBaseline, decimal? NeedCurrent)
{
    public int BaselineTotal => Baseline.Sum();

    public int CurrentTotal => Current.Sum();

    public decimal? NeedChange => NeedBaseline is { } before && NeedCurrent is { } now ? now - before : null;
}

/// <summary>The share of learners at or below intermediate, per area, on one snapshot day.</summary>
public sealed record TrendPoint(DateOnly Date, IReadOnlyList<decimal?> Need);
