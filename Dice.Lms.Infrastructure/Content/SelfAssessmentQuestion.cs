using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>One self-assessment question: the area it measures and a concrete description of each level.</summary>
public sealed record SelfAssessmentQuestion(
    string Id,
    string Area,
    LocalizedText Text,
    IReadOnlyDictionary<ProficiencyLevel, LocalizedText> Levels);
