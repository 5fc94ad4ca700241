namespace Dice.Lms.Domain.Reminders;

/// <summary>
/// The record that a reminder was queued, unique by <see cref="Key"/>: written in the same transaction as its e-mail
/// (or, for a weekly-digest user, waiting for the digest), so a reminder is queued at most once however often the job runs.
/// </summary>
public sealed class ReminderNotice
{
    public const int KeyMaxLength = 300;

    public ReminderNotice(DueReminder reminder, bool forDigest, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        Key = reminder.Key;
        UserId = reminder.LearnerId;
        CourseId = reminder.CourseId;
        Rule = reminder.Rule;
        Period = reminder.Period;
        CreatedAt = createdAt;
        WaitsForDigest = forDigest;
    }

    // For EF Core.
    private ReminderNotice()
    {
        Key = UserId = CourseId = Period = "";
    }

    public long Id { get; private set; }

    public string Key { get; private set; }

    public string UserId { get; private set; }

    public string CourseId { get; private set; }

    public ReminderRule Rule { get; private set; }

    public string Period { get; private set; }

    public EmailTopic Topic => Rule == ReminderRule.CertificateReady ? EmailTopic.Certificates : EmailTopic.Reminders;

    public DateTime CreatedAt { get; private set; }

    /// <summary>True until the weekly digest that carries it is queued.</summary>
    public bool WaitsForDigest { get; private set; }

    public DateTime? DigestedAt { get; private set; }

    public void MarkDigested(DateTime now)
    {
        WaitsForDigest = false;
        DigestedAt ??= now;
    }
}
