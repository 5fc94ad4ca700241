namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// One problem in the course content. <see cref="Path"/> is relative to the content root with <c>/</c> separators and
/// <see cref="Line"/> is the 1-based line in that file, so editors can jump to it from <c>content validate</c>.
/// </summary>
public sealed record ContentProblem(string Path, int Line, ContentSeverity Severity, string Message)
{
    public bool IsError => Severity == ContentSeverity.Error;

    public override string ToString() =>
        $"{Path}:{Line}: {(Severity == ContentSeverity.Error ? "error" : "warning")}: {Message}";
}
