namespace Dice.Lms.Web.Models;

/// <summary>The home page: the six areas for everyone, and for a signed-in person their own part (<see cref="Mine"/>).</summary>
public sealed record HomeViewModel(IReadOnlyList<AreaSummary> Areas)
{
    public PersonalHome? Mine { get; init; }
}

/// <summary>Where a learner continues, their courses with progress and due dates, the baseline prompt, their latest certificate.</summary>
public sealed record PersonalHome(string FirstName, ContinueItem? Continue, IReadOnlyList<MyCourseItem> Courses, bool BaselineDone, LatestCertificate? Certificate);

public sealed record ContinueItem(string CourseId, string CourseTitle, string ModuleId, string ModuleTitle);

public sealed record MyCourseItem(string Id, string Title, int Completed, int Modules, DateOnly? DueDate);

public sealed record LatestCertificate(string CourseTitle, DateTime IssuedAt);
