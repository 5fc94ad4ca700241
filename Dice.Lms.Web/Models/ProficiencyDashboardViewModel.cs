namespace Dice.Lms.Web.Models;

public sealed record ProficiencyDashboardViewModel(
    IReadOnlyList<CohortOption> Cohorts,
    int? CohortId,
    string? CohortName,
    DateOnly? Date,
    IReadOnlyList<string> Levels,
    IReadOnlyList<AreaDistribution> Areas,
    IReadOnlyList<TrendPoint> Trend);

public sealed record CohortOption(int Id, string Name);

/// <summary>One area's learners per level (counts in level order), at the baseline and now, like the report's Table 3.</summary>
public sealed record AreaDistribution(string AreaId, string Area, IReadOnlyList<int> Baseline, IReadOnlyList<int> Current, decimal? NeedBaseline, decimal? NeedCurrent)
{
    public int BaselineTotal => Baseline.Sum();

    public int CurrentTotal => Current.Sum();

    public decimal? NeedChange => NeedBaseline is { } before && NeedCurrent is { } now ? now - before : null;
}

/// <summary>The share of learners at or below intermediate, per area, on one snapshot day.</summary>
public sealed record TrendPoint(DateOnly Date, IReadOnlyList<decimal?> Need);
