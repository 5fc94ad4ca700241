using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>How many learners of a cohort were at a level in an area at the baseline and are now.</summary>
public sealed record ReportRow(string Cohort, string Area, ProficiencyLevel Level, int Baseline, int Current);
