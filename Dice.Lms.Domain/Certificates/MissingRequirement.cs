using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Certificates;

/// <summary>One thing a learner still has to do before the course counts as completed.</summary>
public sealed record MissingRequirement(MissingKind Kind, string? ModuleId = null, string? ModuleTitle = null, ProficiencyLevel? Level = null)
{
    /// <summary>A plain English reason, as the command line prints it.</summary>
    public override string ToString() => Kind switch
    {
        MissingKind.NoModules => "the course has no modules",
        MissingKind.ModuleNotCompleted => $"module {ModuleId} ({ModuleTitle}) not completed",
        MissingKind.QuizNotPassed => $"quiz of module {ModuleId} ({ModuleTitle}) not passed",
        MissingKind.LevelNotReached => $"level {Level?.Id()} not demonstrated in the course's area",
        _ => Kind.ToString(),
    };
}
