namespace Dice.Lms.Web.Models;

/// <summary>The authoring page of a course: its modules, a form to add one, and (for staff) its trainers.</summary>
public sealed class AuthoringCourseViewModel
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string AreaName { get; set; } = "";

    public bool FromContent { get; set; }

    public bool IsPublished { get; set; }

    public IReadOnlyList<AuthoringModuleRow> Modules { get; set; } = [];

    public ModuleFormModel NewModule { get; set; } = new();

    public CourseFormModel Details { get; set; } = new();

    public bool CanAssignTrainers { get; set; }

    public IReadOnlyList<TrainerOption> Trainers { get; set; } = [];

    public IReadOnlyList<TrainerOption> OtherTrainers { get; set; } = [];
}
