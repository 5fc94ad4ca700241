namespace Dice.Lms.Domain.Reminders;

/// <summary>Why a learner gets a reminder. <see cref="ReminderRules.Id"/> gives the id used in outbox keys.</summary>
public enum ReminderRule
{
    /// <summary>No activity in the course for the cohort's number of idle days.</summary>
    Idle,

    /// <summary>The cohort ends in a week (sent 7 to 2 days before the end date).</summary>
    CohortEndsInAWeek,

    /// <summary>The cohort ends tomorrow (sent 1 day before, or on the last day if the 7-day one was the last chance).</summary>
    CohortEndsTomorrow,

    /// <summary>A module quiz was failed and not tried again.</summary>
    FailedQuiz,

    /// <summary>A certificate is ready to download.</summary>
    CertificateReady,
}
