using Dice.Lms.Domain.Reminders;

namespace Dice.Lms.Domain.Tests.Reminders;

public sealed class ReminderRulesDue
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static EnrollmentFacts Facts(
        DateTime? lastActivity = null,
        bool suspended = false,
        bool finished = false,
        DateOnly? start = null,
        DateOnly? end = null,
        long[]? failed = null,
        bool certificate = false) =>
        new("learner-1", "digital-safety", suspended, finished, lastActivity ?? new DateTime(2026, 11, 19, 10, 0, 0, DateTimeKind.Utc),
            start, end, failed ?? [], certificate);

    private static IReadOnlyList<DueReminder> Due(EnrollmentFacts facts, ReminderSettings? settings = null, DateOnly? today = null) =>
        ReminderRules.Due(facts, settings ?? ReminderSettings.Default, today ?? Today);

    [Test]
    public void AnActiveLearnerGetsNothing()
    {
        Assert.That(Due(Facts()), Is.Empty);
    }

    [Test]
    public void IdleForExactlyTheIdleDaysIsDueWithTheLastActivityDateAsPeriod()
    {
        var due = Due(Facts(lastActivity: new DateTime(2026, 11, 13, 8, 0, 0, DateTimeKind.Utc)));

        Assert.That(due, Has.Count.EqualTo(1));
        Assert.That(due[0].Rule, Is.EqualTo(ReminderRule.Idle));
        Assert.That(due[0].Period, Is.EqualTo("2026-11-13"));
        Assert.That(due[0].Key, Is.EqualTo("reminder:idle:learner-1:digital-safety:2026-11-13"));
        Assert.That(due[0].Topic, Is.EqualTo(EmailTopic.Reminders));
    }

    [Test]
    public void OneDayLessThanTheIdleDaysIsNotDueEvenLateAtNightUtc()
    {
        // 23:59 UTC on the 14th is the 14th: six dates before the 20th.
        Assert.That(Due(Facts(lastActivity: new DateTime(2026, 11, 14, 23, 59, 59, DateTimeKind.Utc))), Is.Empty);
        // 00:00 UTC on the 13th is the 13th: seven dates before.
        Assert.That(Due(Facts(lastActivity: new DateTime(2026, 11, 13, 0, 0, 0, DateTimeKind.Utc))), Has.Count.EqualTo(1));
    }

    [Test]
    public void TheSameIdleSpellKeepsItsKeyOnLaterDaysAndNewActivityStartsANewOne()
    {
        var spell = Facts(lastActivity: new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc));
        var first = Due(spell, today: new DateOnly(2026, 11, 8)).Single();
        var later = Due(spell, today: new DateOnly(2026, 11, 15)).Single();
        Assert.That(later.Key, Is.EqualTo(first.Key));

        var afterComingBack = Due(Facts(lastActivity: new DateTime(2026, 11, 9, 12, 0, 0, DateTimeKind.Utc)), today: new DateOnly(2026, 11, 16)).Single();
        Assert.That(afterComingBack.Key, Is.Not.EqualTo(first.Key));
    }

    [Test]
    public void TheCohortsIdleDaysAreUsed()
    {
        var settings = new ReminderSettings(true, 3, true, true, true);
        var due = Due(Facts(lastActivity: new DateTime(2026, 11, 17, 9, 0, 0, DateTimeKind.Utc)), settings);
        Assert.That(due.Select(d => d.Rule), Is.EqualTo(new[] { ReminderRule.Idle }));
    }

    [Test]
    public void ARuleSwitchedOffIsNeverDue()
    {
        var off = new ReminderSettings(false, 7, false, false, false);
        var facts = Facts(lastActivity: new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), end: Today.AddDays(1), failed: [5]);
        Assert.That(Due(facts, off), Is.Empty);
        Assert.That(Due(facts with { IsFinished = true, CertificateReady = true }, off), Is.Empty);
    }

    [TestCase(8, null)]
    [TestCase(7, ReminderRule.CohortEndsInAWeek)]
    [TestCase(2, ReminderRule.CohortEndsInAWeek)]
    [TestCase(1, ReminderRule.CohortEndsTomorrow)]
    [TestCase(0, ReminderRule.CohortEndsTomorrow)]
    public void TheCohortEndIsRemindedAWeekAndADayBefore(int daysLeft, ReminderRule? expected)
    {
        var due = Due(Facts(end: Today.AddDays(daysLeft)));
        Assert.That(due.Select(d => (ReminderRule?)d.Rule), Is.EqualTo(expected is null ? Array.Empty<ReminderRule?>() : new[] { expected }));
    }

    [Test]
    public void TheCohortEndPeriodsAreTheEndDateWithTheirOffset()
    {
        var end = new DateOnly(2026, 11, 27);
        var active = Facts(lastActivity: new DateTime(2026, 11, 24, 18, 0, 0, DateTimeKind.Utc), end: end);
        Assert.That(Due(Facts(end: end), today: new DateOnly(2026, 11, 20)).Single().Key, Is.EqualTo("reminder:end-7:learner-1:digital-safety:2026-11-27-7d"));
        Assert.That(Due(active, today: new DateOnly(2026, 11, 25)).Single().Key, Is.EqualTo("reminder:end-7:learner-1:digital-safety:2026-11-27-7d"));
        Assert.That(Due(active, today: new DateOnly(2026, 11, 26)).Single().Key, Is.EqualTo("reminder:end-1:learner-1:digital-safety:2026-11-27-1d"));
    }

    [Test]
    public void NothingAfterTheCohortEndedOrBeforeItStarted()
    {
        var longIdle = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.That(Due(Facts(lastActivity: longIdle, end: Today.AddDays(-1), failed: [3])), Is.Empty);
        Assert.That(Due(Facts(lastActivity: longIdle, start: Today.AddDays(1), failed: [3])), Is.Empty);
        Assert.That(Due(Facts(lastActivity: longIdle, start: Today, end: Today)), Has.Count.EqualTo(2));
    }

    [Test]
    public void ASuspendedLearnerGetsNothingAtAll()
    {
        var facts = Facts(lastActivity: new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc), suspended: true, end: Today.AddDays(1), failed: [1], certificate: true);
        Assert.That(Due(facts), Is.Empty);
        Assert.That(Due(facts with { IsFinished = true }), Is.Empty);
    }

    [Test]
    public void ALearnerWhoFinishedGetsNoNudgesButHearsOfAReadyCertificate()
    {
        var finished = Facts(lastActivity: new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc), finished: true, end: Today.AddDays(1), failed: [1]);
        Assert.That(Due(finished), Is.Empty);

        var due = Due(finished with { CertificateReady = true }).Single();
        Assert.That(due.Rule, Is.EqualTo(ReminderRule.CertificateReady));
        Assert.That(due.Key, Is.EqualTo("reminder:certificate:learner-1:digital-safety:course"));
        Assert.That(due.Topic, Is.EqualTo(EmailTopic.Certificates));
    }

    [Test]
    public void NoCertificateReminderWhileNoCertificateIsReady()
    {
        Assert.That(Due(Facts(finished: true, certificate: false)), Is.Empty);
    }

    [Test]
    public void EachFailedAttemptNotRetakenIsItsOwnPeriod()
    {
        var due = Due(Facts(failed: [42, 7, 42]));
        Assert.That(due.Select(d => d.Key), Is.EqualTo(new[]
        {
            "reminder:failed-quiz:learner-1:digital-safety:attempt-7",
            "reminder:failed-quiz:learner-1:digital-safety:attempt-42",
        }));
    }
}
