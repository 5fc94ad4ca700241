namespace Dice.Lms.Infrastructure.Content;

/// <summary>What the validator found in a module written in the browser; <see cref="Module"/> is null when there are errors.</summary>
public sealed record ModuleCheck(ContentModule? Module, IReadOnlyList<ContentProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
