using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Infrastructure.Proficiency;

/// <summary>A quiz a learner passed: the evidence for a demonstrated level in the module's area.</summary>
public sealed class PassedQuiz
{
    public required string LearnerId { get; init; }

    public required string ModuleId { get; init; }

    public required string AreaId { get; init; }

    public required ProficiencyLevel Level { get; init; }
}
