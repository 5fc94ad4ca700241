namespace Dice.Lms.Domain.Reminders;

/// <summary>How a user wants the e-mails of one <see cref="EmailTopic"/>.</summary>
public enum EmailFrequency
{
    Immediately = 0,

    /// <summary>Gathered into one e-mail a week (on <see cref="ReminderDigest.Weekday"/>).</summary>
    WeeklyDigest = 1,

    Never = 2,
}
