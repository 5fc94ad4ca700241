namespace Dice.Lms.Web.Models;

public sealed record CohortDetailsViewModel(
    int Id,
    string Name,
    string? Organization,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string JoinCode,
    string JoinUrl,
    IReadOnlyList<string> Courses,
    IReadOnlyList<CohortMemberRow> Members,
    IReadOnlyList<string> ImportErrors,
    ReminderSettingsModel Reminders);
