namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// The percentage (0–100, one decimal) of a cohort's learners at none, beginner or intermediate in an area, at the
/// baseline and now; null when no learner has a level in that column.
/// </summary>
public sealed record AreaNeed(string Cohort, string Area, decimal? Baseline, decimal? Current);
