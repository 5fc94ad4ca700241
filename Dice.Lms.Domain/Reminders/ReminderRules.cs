using System.Globalization;

namespace Dice.Lms.Domain.Reminders;

/// <summary>
/// Which reminders are due for one enrolment on one day. Days are UTC calendar dates: an activity at 23:59 UTC counts
/// for that date, and "N idle days" means the date of the last activity is at least N dates before today.
/// </summary>
public static class ReminderRules
{
    public static string Id(ReminderRule rule) => rule switch
    {
        ReminderRule.Idle => "idle",
        ReminderRule.CohortEndsInAWeek => "end-7",
        ReminderRule.CohortEndsTomorrow => "end-1",
        ReminderRule.FailedQuiz => "failed-quiz",
        ReminderRule.CertificateReady => "certificate",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    public static IReadOnlyList<DueReminder> Due(EnrollmentFacts facts, ReminderSettings settings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);

        // Nobody is written to while suspended, and nothing after the cohort ended or before it started.
        if (facts.IsSuspended
            || facts.CohortEnd is { } end && today > end
            || facts.CohortStart is { } start && today < start)
        {
            return [];
        }

        var due = new List<DueReminder>();
        if (facts.IsFinished)
        {
            // A learner who finished needs no nudge to learn; a ready certificate is the one thing worth telling them.
            if (settings.CertificateReady && facts.CertificateReady)
            {
                due.Add(Reminder(ReminderRule.CertificateReady, facts, "course"));
            }

            return due;
        }

        var lastActive = DateOnly.FromDateTime(facts.LastActivityAt);
        if (settings.Idle && today.DayNumber - lastActive.DayNumber >= settings.IdleDays)
        {
            // The period is the idle spell's start: new activity starts a new spell that may be reminded again.
            due.Add(Reminder(ReminderRule.Idle, facts, Date(lastActive)));
        }

        if (settings.CohortEnd && facts.CohortEnd is { } cohortEnd)
        {
            var daysLeft = cohortEnd.DayNumber - today.DayNumber;
            // A range, not one exact day, so a day the job did not run is caught up the next day.
            if (daysLeft is >= 2 and <= 7)
            {
                due.Add(Reminder(ReminderRule.CohortEndsInAWeek, facts, Date(cohortEnd) + "-7d"));
            }
            else if (daysLeft is >= 0 and <= 1)
            {
                due.Add(Reminder(ReminderRule.CohortEndsTomorrow, facts, Date(cohortEnd) + "-1d"));
            }
        }

        if (settings.FailedQuiz)
        {
            foreach (var attempt in facts.FailedQuizAttempts.Distinct().Order())
            {
                due.Add(Reminder(ReminderRule.FailedQuiz, facts, "attempt-" + attempt.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return due;
    }

    private static DueReminder Reminder(ReminderRule rule, EnrollmentFacts facts, string period) =>
        new(rule, facts.LearnerId, facts.CourseId, period);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
