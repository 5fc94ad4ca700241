namespace Dice.Lms.Infrastructure.Content;

/// <summary>Everything read from a content folder, with the problems found while reading it.</summary>
public sealed record ContentSet(
    IReadOnlyList<ContentCourse> Courses,
    SelfAssessment? SelfAssessment,
    IReadOnlyList<ContentProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>Whether a course can be imported: the site keeps the last good version of a course with errors.</summary>
    public bool CourseHasErrors(ContentCourse course) =>
        Problems.Any(p => p.IsError && p.Path.StartsWith(course.FolderPath + "/", StringComparison.Ordinal));
}
