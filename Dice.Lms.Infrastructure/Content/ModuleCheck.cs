namespace Dice.Lms.Infrastructure.Content;

/// <summary>What the validator found in a module written in the browser; <see cref="Module"/> is null when there are errors.</summary>
/// <param name="Texts">Each language file as read, errors or not (a file whose front matter cannot be read is missing).</param>
public sealed record ModuleCheck(ContentModule? Module, IReadOnlyList<ModuleText> Texts, IReadOnlyList<ContentProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
