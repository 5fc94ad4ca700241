namespace Dice.Lms.Domain.Certificates;

/// <summary>"Issue all eligible" for one cohort and course, run in the background: its progress for the staff page.</summary>
public sealed class CertificateBatch
{
    public CertificateBatch(int cohortId, string courseId, int total, string requestedBy, DateTime requestedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(courseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        CohortId = cohortId;
        CourseId = courseId;
        Total = total;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public int Id { get; private set; }

    public int CohortId { get; private set; }

    public string CourseId { get; private set; }

    /// <summary>Learners eligible when the batch was asked for.</summary>
    public int Total { get; private set; }

    public int Done { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public bool IsFinished => FinishedAt is not null;

    public void Progress(int done) => Done = Math.Min(done, Total);

    public void Finish(DateTime now) => FinishedAt ??= now;
}
