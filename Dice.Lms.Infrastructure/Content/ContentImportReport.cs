namespace Dice.Lms.Infrastructure.Content;

/// <param name="Refused">Courses with errors: not imported, their last good version stays.</param>
/// <param name="Conflicts">Courses edited in the browser that content/ would overwrite.</param>
public sealed record ContentImportReport(
    int Courses,
    int VersionsAdded,
    int ModulesArchived,
    IReadOnlyList<string> Refused,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<ContentProblem> Problems);
