namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// What <c>content validate</c> runs: every problem of a content folder, sorted by path then line.
/// Print each with <see cref="ContentProblem.ToString"/>; any <see cref="ContentSeverity.Error"/> means exit code 1.
/// </summary>
public static class ContentValidator
{
    public static IReadOnlyList<ContentProblem> Validate(string contentRoot) => Validate(contentRoot, TimeProvider.System);

    /// <param name="clock">Gives today's date: a module whose <c>reviewed</c> date is older than 12 months is a warning.</param>
    public static IReadOnlyList<ContentProblem> Validate(string contentRoot, TimeProvider clock) => ContentReader.Read(contentRoot, clock).Problems;

    /// <summary>The same checks on one module written in the browser, before it is ever a file.</summary>
    /// <param name="today">The date its <c>reviewed</c> date is checked against.</param>
    public static ModuleCheck ValidateModule(DraftModule draft, DateOnly today) => ContentReader.ReadDraft(draft, today);
}
