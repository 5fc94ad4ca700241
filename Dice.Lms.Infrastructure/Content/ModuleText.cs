using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>One language file of a module: its front matter, its Markdown body and the quiz at its end.</summary>
/// <param name="Path">The file relative to the content root, with <c>/</c> separators.</param>
/// <param name="Level">Null when the front matter has no valid level (reported as a problem).</param>
/// <param name="BodyStartLine">The 1-based file line of the first body line, to report body problems at file lines.</param>
/// <param name="WordCount">Words of the teaching text: the body without the quiz block.</param>
/// <param name="Reviewed">When its facts were last checked; null when the key is missing or not a date (reported).</param>
/// <param name="Sources">What its facts were checked against.</param>
public sealed record ModuleText(
    string Language,
    string Path,
    string Slug,
    string Id,
    string Title,
    ProficiencyLevel? Level,
    IReadOnlyList<string> Competences,
    int Minutes,
    IReadOnlyList<string> Objectives,
    string Body,
    int BodyStartLine,
    int WordCount,
    ModuleQuiz? Quiz,
    DateOnly? Reviewed,
    IReadOnlyList<string> Sources)
{
    public int QuestionCount => Quiz?.QuestionCount ?? 0;
}
