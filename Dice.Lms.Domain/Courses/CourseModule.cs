namespace Dice.Lms.Domain.Courses;

/// <summary>
/// A module of a course. Its text lives in versions: a changed module gets a new version, and progress and quiz
/// attempts keep pointing at the version they were made on. A removed module is archived, never deleted.
/// </summary>
public sealed class CourseModule
{
    public const int IdMaxLength = 100;

    private readonly List<ModuleVersion> _versions = [];

    public CourseModule(string id, string courseId, int position, string fileStem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(courseId);
        Id = id;
        CourseId = courseId;
        Position = position;
        FileStem = fileStem;
    }

    public string Id { get; private set; }

    public string CourseId { get; private set; }

    public int Position { get; private set; }

    /// <summary>"02-phishing": how other modules of the course link to this one.</summary>
    public string FileStem { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public int? CurrentVersionId { get; private set; }

    public IReadOnlyCollection<ModuleVersion> Versions => _versions;

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Places the module in its course (it may have moved) and brings it back if it was archived.</summary>
    public void Place(string courseId, int position, string fileStem)
    {
        CourseId = courseId;
        Position = position;
        FileStem = fileStem;
        ArchivedAt = null;
    }

    public void Archive(DateTime now) => ArchivedAt ??= now;

    /// <summary>Adds a version unless the newest one already has this content hash; returns the version to use.</summary>
    public ModuleVersion AddVersion(ModuleVersion candidate)
    {
        var latest = _versions.OrderByDescending(v => v.Number).FirstOrDefault();
        if (latest?.ContentHash == candidate.ContentHash)
        {
            return latest;
        }

        candidate.Number = (latest?.Number ?? 0) + 1;
        _versions.Add(candidate);
        return candidate;
    }

    /// <summary>Called once the new version has its database id.</summary>
    public void MakeCurrent(ModuleVersion version) => CurrentVersionId = version.Id;
}
