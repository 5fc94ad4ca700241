using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>One learner of a baseline file; <see cref="Levels"/> is keyed by area id and holds all six areas.</summary>
public sealed record BaselineRow(
    int Line,
    string Email,
    string FullName,
    string Organization,
    string Location,
    IReadOnlyDictionary<string, ProficiencyLevel> Levels);
