namespace Dice.Lms.Domain.Courses;

/// <summary>A learner's enrolment in a course, by a cohort or by themselves.</summary>
public sealed class Enrollment
{
    public Enrollment(string learnerId, string courseId, int? cohortId, DateOnly? dueDate, DateTime enrolledAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(learnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(courseId);
        LearnerId = learnerId;
        CourseId = courseId;
        CohortId = cohortId;
        DueDate = dueDate;
        EnrolledAt = enrolledAt;
    }

    public int Id { get; private set; }

    public string LearnerId { get; private set; }

    public string CourseId { get; private set; }

    /// <summary>The cohort that enrolled the learner; null when they enrolled themselves.</summary>
    public int? CohortId { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public DateTime EnrolledAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>A cohort enrolment takes over a self-enrolment, with the cohort's due date.</summary>
    public void AttachToCohort(int cohortId, DateOnly? dueDate)
    {
        CohortId = cohortId;
        DueDate = dueDate;
    }

    public void Complete(DateTime completedAt) => CompletedAt ??= completedAt;
}
