namespace Dice.Lms.Web.Models;

public sealed record CourseViewModel(
    string Id,
    string Title,
    string Description,
    string AreaName,
    int PassMark,
    bool SignedIn,
    bool Enrolled,
    DateOnly? DueDate,
    string? ResumeModuleId,
    IReadOnlyList<CourseModuleItem> Modules)
{
    public int Completed => Modules.Count(m => m.Completed);
}

public sealed record CourseModuleItem(string Id, string Title, string Level, int Minutes, bool Completed, int Questions);
