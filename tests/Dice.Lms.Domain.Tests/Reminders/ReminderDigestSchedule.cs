using Dice.Lms.Domain.Reminders;

namespace Dice.Lms.Domain.Tests.Reminders;

public sealed class ReminderDigestSchedule
{
    [Test]
    public void TheDigestGoesOutOnMondaysOnly()
    {
        var monday = new DateOnly(2026, 11, 23);
        Assert.That(ReminderDigest.IsDigestDay(monday), Is.True);
        Assert.That(Enumerable.Range(1, 6).Select(d => ReminderDigest.IsDigestDay(monday.AddDays(d))), Is.All.False);
    }

    [Test]
    public void OneDigestKeyPerUserTopicAndWeek()
    {
        var monday = new DateOnly(2026, 11, 23);
        Assert.That(ReminderDigest.Key("u1", EmailTopic.Reminders, monday), Is.EqualTo("digest:reminders:u1:2026-11-23"));
        Assert.That(ReminderDigest.Key("u1", EmailTopic.Certificates, monday), Is.Not.EqualTo(ReminderDigest.Key("u1", EmailTopic.Reminders, monday)));
        Assert.That(ReminderDigest.Key("u1", EmailTopic.Reminders, monday.AddDays(7)), Is.Not.EqualTo(ReminderDigest.Key("u1", EmailTopic.Reminders, monday)));
    }

    [Test]
    public void ANoticeForTheDigestWaitsUntilDigestedOnce()
    {
        var reminder = new DueReminder(ReminderRule.CertificateReady, "u1", "safety", "course");
        var notice = new ReminderNotice(reminder, forDigest: true, new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc));
        Assert.That((notice.Key, notice.Topic, notice.WaitsForDigest), Is.EqualTo(("reminder:certificate:u1:safety:course", EmailTopic.Certificates, true)));

        var first = new DateTime(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);
        notice.MarkDigested(first);
        notice.MarkDigested(first.AddDays(7));
        Assert.That(notice.WaitsForDigest, Is.False);
        Assert.That(notice.DigestedAt, Is.EqualTo(first));
    }

    [Test]
    public void AReminderSentAtOnceDoesNotWait()
    {
        var notice = new ReminderNotice(new DueReminder(ReminderRule.Idle, "u1", "safety", "2026-11-01"), forDigest: false, DateTime.UtcNow);
        Assert.That(notice.WaitsForDigest, Is.False);
        Assert.That(notice.Topic, Is.EqualTo(EmailTopic.Reminders));
    }
}
