using Dice.Lms.Domain.Email;

namespace Dice.Lms.Domain.Tests.Email;

public sealed class OutboxEmailRetries
{
    private static OutboxEmail NewEmail() =>
        new("k", "a@example.org", "A", "Subject", "Body", null, "account", null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "dice.test");

    [Test]
    public void ATransientFailureWaitsLongerEachTime()
    {
        var email = NewEmail();
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        email.MarkFailed("451 busy", permanent: false, now);
        Assert.That(email.NextAttemptAt, Is.EqualTo(now.AddMinutes(1)));
        email.MarkFailed("451 busy", permanent: false, now);
        Assert.That(email.NextAttemptAt, Is.EqualTo(now.AddMinutes(2)));
        Assert.That(email.Status, Is.EqualTo(OutboxStatus.Pending));
    }

    [Test]
    public void APermanentFailureOrTooManyTriesFailsForGood()
    {
        var refused = NewEmail();
        refused.MarkFailed("550 no such user", permanent: true, DateTime.UtcNow);
        Assert.That(refused.Status, Is.EqualTo(OutboxStatus.Failed));

        var flaky = NewEmail();
        for (var i = 0; i < OutboxEmail.MaxAttempts; i++)
        {
            flaky.MarkFailed("timeout", permanent: false, DateTime.UtcNow);
        }

        Assert.That(flaky.Status, Is.EqualTo(OutboxStatus.Failed));
        Assert.That(OutboxEmail.RetryDelay(20), Is.EqualTo(TimeSpan.FromHours(2)));
    }

    [Test]
    public void TheMessageIdStaysTheSameAcrossRetries()
    {
        var email = NewEmail();
        var id = email.MessageId;
        email.MarkFailed("451", permanent: false, DateTime.UtcNow);

        Assert.That(email.MessageId, Is.EqualTo(id));
        Assert.That(id, Does.EndWith("@dice.test"));
    }
}
