namespace Dice.Lms.Domain.Reminders;

/// <summary>
/// A reminder to send. (learner, rule, course, period) names it: the same period is never sent twice, while a new
/// period (a new idle spell, a new end date, another failed attempt) may be.
/// </summary>
public sealed record DueReminder(ReminderRule Rule, string LearnerId, string CourseId, string Period)
{
    /// <summary>The unique outbox and notice key, e.g. "reminder:idle:USER:digital-safety:2026-11-02".</summary>
    public string Key => $"reminder:{ReminderRules.Id(Rule)}:{LearnerId}:{CourseId}:{Period}";

    public EmailTopic Topic => Rule == ReminderRule.CertificateReady ? EmailTopic.Certificates : EmailTopic.Reminders;
}
