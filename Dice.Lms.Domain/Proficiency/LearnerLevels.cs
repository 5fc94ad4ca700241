using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// One learner's levels per area id: the baseline from the self-assessment import and the current level from
/// <see cref="ProficiencyRules.Current"/>. An area missing from a dictionary is not counted in that column.
/// </summary>
public sealed record LearnerLevels(
    IReadOnlyDictionary<string, ProficiencyLevel> Baseline,
    IReadOnlyDictionary<string, ProficiencyLevel> Current);
