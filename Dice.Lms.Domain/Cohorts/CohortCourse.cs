namespace Dice.Lms.Domain.Cohorts;

public sealed class CohortCourse
{
    public CohortCourse(string courseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(courseId);
        CourseId = courseId;
    }

    public int CohortId { get; private set; }

    public string CourseId { get; private set; }
}
