using Dice.Lms.Domain.Reminders;

namespace Dice.Lms.Domain.Cohorts;

/// <summary>A named training group, e.g. "DICE 2024 Umnugobi", whose members are enrolled in its courses.</summary>
public sealed class Cohort
{
    public const int NameMaxLength = 200;

    private readonly List<CohortCourse> _courses = [];
    private readonly List<CohortMember> _members = [];

    public Cohort(string name, int? organizationId, DateOnly? startDate, DateOnly? endDate, string joinCode)
    {
        Name = "";
        JoinCode = "";
        Update(name, organizationId, startDate, endDate);
        SetJoinCode(joinCode);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int? OrganizationId { get; private set; }

    public DateOnly? StartDate { get; private set; }

    /// <summary>Enrolments in the cohort's courses are due on this date.</summary>
    public DateOnly? EndDate { get; private set; }

    public string JoinCode { get; private set; }

    /// <summary>Which reminders the cohort's learners get, and after how many idle days.</summary>
    public ReminderSettings Reminders { get; private set; } = ReminderSettings.Default;

    public IReadOnlyCollection<CohortCourse> Courses => _courses;

    public IReadOnlyCollection<CohortMember> Members => _members;

    public void Update(string name, int? organizationId, DateOnly? startDate, DateOnly? endDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > NameMaxLength)
        {
            throw new ArgumentException($"At most {NameMaxLength} characters.", nameof(name));
        }

        if (startDate is { } start && endDate is { } end && end < start)
        {
            throw new ArgumentException("The end date is before the start date.", nameof(endDate));
        }

        Name = name.Trim();
        OrganizationId = organizationId;
        StartDate = startDate;
        EndDate = endDate;
    }

    public void SetReminders(ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Reminders = settings;
    }

    public void SetJoinCode(string joinCode)
    {
        var normalized = JoinCodes.Normalize(joinCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(normalized, nameof(joinCode));
        JoinCode = normalized;
    }

    /// <summary>Assigns exactly these courses; returns true when the set changed.</summary>
    public bool AssignCourses(IEnumerable<string> courseIds)
    {
        var wanted = courseIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var removed = _courses.RemoveAll(c => !wanted.Contains(c.CourseId));
        var added = 0;
        foreach (var id in wanted.Where(id => _courses.All(c => c.CourseId != id)).Order(StringComparer.Ordinal))
        {
            _courses.Add(new CohortCourse(id));
            added++;
        }

        return removed + added > 0;
    }

    /// <summary>Adds a learner; adding someone already in the cohort changes nothing.</summary>
    public bool AddMember(string learnerId, DateTime joinedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(learnerId);
        if (_members.Any(m => m.LearnerId == learnerId))
        {
            return false;
        }

        _members.Add(new CohortMember(learnerId, joinedAtUtc));
        return true;
    }

    public bool RemoveMember(string learnerId) => _members.RemoveAll(m => m.LearnerId == learnerId) > 0;

    public bool HasEnded(DateOnly today) => EndDate is { } end && today > end;
}
