namespace Dice.Lms.Domain.Courses;

/// <summary>How far a learner is with one module, on the version they read.</summary>
public sealed class ModuleProgress
{
    public ModuleProgress(string learnerId, string moduleId, int versionId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(learnerId);
        LearnerId = learnerId;
        ModuleId = moduleId;
        VersionId = versionId;
        FirstVisitedAt = now;
        LastVisitedAt = now;
    }

    // For EF Core.
    private ModuleProgress()
    {
        LearnerId = ModuleId = "";
    }

    public long Id { get; private set; }

    public string LearnerId { get; private set; }

    public string ModuleId { get; private set; }

    public int VersionId { get; private set; }

    public DateTime FirstVisitedAt { get; private set; }

    public DateTime LastVisitedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    /// <summary>How old the last saved visit to the module read last may get before a visit is saved again: reminders count idle whole days.</summary>
    public static readonly TimeSpan VisitResolution = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether a visit now changes what the progress says: another version to read, a return from another module of the
    /// course (the course page resumes at the module visited last), or a saved visit older than
    /// <see cref="VisitResolution"/>. Reading the same page again and again writes nothing.
    /// </summary>
    public bool IsVisitWorthSaving(int versionId, DateTime now, DateTime lastVisitInCourse) =>
        (!IsCompleted && VersionId != versionId) || LastVisitedAt < lastVisitInCourse || now - LastVisitedAt >= VisitResolution;

    public void Visit(int versionId, DateTime now)
    {
        LastVisitedAt = now;
        if (!IsCompleted)
        {
            VersionId = versionId;
        }
    }

    /// <summary>Marking complete twice keeps the first time.</summary>
    public void Complete(int versionId, DateTime now)
    {
        LastVisitedAt = now;
        if (!IsCompleted)
        {
            VersionId = versionId;
            CompletedAt = now;
        }
    }
}
