using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>How many learners of a cohort have shown a level in a competence (there is no baseline per competence).</summary>
public sealed record CompetenceReportRow(string Cohort, string Competence, ProficiencyLevel Level, int Current);
