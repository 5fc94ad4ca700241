namespace Dice.Lms.Domain.Reminders;

/// <summary>
/// The kinds of e-mail a user can choose how to receive. Account and security mail (confirmation, password reset,
/// invitation) is no topic: it is always sent.
/// </summary>
public enum EmailTopic
{
    /// <summary>Reminders to keep learning: idle, cohort ending, failed quiz.</summary>
    Reminders,

    /// <summary>News about certificates.</summary>
    Certificates,
}
