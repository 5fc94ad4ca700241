namespace Dice.Lms.Web.Models;

public sealed record AuthoringCourseRow(string Id, string Title, string AreaName, bool FromContent, int Modules);

public sealed record AuthoringModuleRow(string Id, string Title, int Position, int? PublishedNumber, bool HasDraft);

public sealed record TrainerOption(string Id, string Name, string Email);

public sealed record EditorProblem(string Language, int Line, bool IsError, string Message);

public sealed record EditorImage(string Path, string Url, string MarkdownReference);

public sealed record EditConflict(string SavedByName, DateTime SavedAt, string TheirText);

public sealed record VersionRow(int Number, DateTime CreatedAt, string Author, bool IsCurrent);

public sealed record ModuleHistoryViewModel(
    string CourseId,
    string ModuleId,
    string ModuleTitle,
    string Language,
    IReadOnlyList<VersionRow> Versions,
    int? From,
    int? To,
    IReadOnlyList<Dice.Lms.Domain.Authoring.DiffLine> Diff);
