using Dice.Lms.Domain;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// One problem in the course content. <see cref="Path"/> is relative to the content root with <c>/</c> separators and
/// <see cref="Line"/> is the 1-based line in that file, so editors can jump to it from <c>content validate</c>.
/// <see cref="Text"/> says it in both languages: the editor shows the reader's, the command line prints English.
/// </summary>
public sealed record ContentProblem(string Path, int Line, ContentSeverity Severity, LocalizedText Text)
{
    public bool IsError => Severity == ContentSeverity.Error;

    /// <summary>The English wording, as the command line and its JSON print it.</summary>
    public string Message => Text.En;

    public override string ToString() =>
        $"{Path}:{Line}: {(Severity == ContentSeverity.Error ? "error" : "warning")}: {Message}";
}
