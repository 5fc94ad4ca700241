namespace Dice.Lms.Web.Models;

public sealed record ModuleViewModel(
    string CourseId,
    string CourseTitle,
    string Id,
    string Title,
    string Level,
    int Minutes,
    IReadOnlyList<string> Objectives,
    string Html,
    string ContentLanguage,
    bool IsFallback,
    ModuleLink? Previous,
    ModuleLink? Next,
    bool Completed,
    int Questions,
    int Position,
    int ModuleCount);

public sealed record ModuleLink(string Id, string Title);
