using Dice.Lms.Domain.Email;

namespace Dice.Lms.Domain.Tests.Email;

public sealed class OutboxEmailHandOver
{
    private static readonly DateTime Now = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    private static OutboxEmail NewEmail() =>
        new("k", "a@example.org", "A", "Subject", "Body", null, "reminder", null, Now, "dice.test");

    [Test]
    public void AHandedOverEmailStaysPendingWithTheTimeItWentOut()
    {
        var email = NewEmail();

        email.MarkHandedOver(Now);

        Assert.That(email.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(email.HandedOverAt, Is.EqualTo(Now));
    }

    [Test]
    public void SendingClearsTheHandOverMark()
    {
        var email = NewEmail();
        email.MarkHandedOver(Now);

        email.MarkSent(Now.AddSeconds(1));

        Assert.That(email.Status, Is.EqualTo(OutboxStatus.Sent));
        Assert.That(email.HandedOverAt, Is.Null);
    }

    [Test]
    public void AnEmailTheServerRefusedIsNoLongerHandedOverSoATransientFailureIsRetried()
    {
        var busy = NewEmail();
        busy.MarkHandedOver(Now);
        busy.MarkFailed("451 busy", permanent: false, Now);

        Assert.That(busy.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(busy.HandedOverAt, Is.Null);
        Assert.That(busy.NextAttemptAt, Is.EqualTo(Now.AddMinutes(1)));

        var refused = NewEmail();
        refused.MarkHandedOver(Now);
        refused.MarkFailed("550 no such user", permanent: true, Now);

        Assert.That(refused.Status, Is.EqualTo(OutboxStatus.Failed));
        Assert.That(refused.HandedOverAt, Is.Null);
    }

    [Test]
    public void AConnectionLostAfterTheHandOverLeavesTheEmailUnconfirmedWithItsError()
    {
        var email = NewEmail();
        email.MarkHandedOver(Now);

        email.MarkUnconfirmed("connection reset");

        Assert.That(email.Status, Is.EqualTo(OutboxStatus.Unconfirmed));
        Assert.That(email.HandedOverAt, Is.EqualTo(Now), "staff see when it went out");
        Assert.That(email.LastError, Is.EqualTo("connection reset"));
        Assert.That(email.ClaimToken, Is.Null);
    }

    [Test]
    public void OnlyAnEmailThatWasHandedOverCanBeUnconfirmed()
    {
        Assert.That(() => NewEmail().MarkUnconfirmed("connection reset"), Throws.InvalidOperationException);
    }

    [Test]
    public void OnlyAPendingEmailIsHandedOver()
    {
        var sent = NewEmail();
        sent.MarkSent(Now);

        Assert.That(() => sent.MarkHandedOver(Now), Throws.InvalidOperationException);
    }

    [Test]
    public void RetryingAnUnconfirmedEmailQueuesItAgainWithTheSameMessageId()
    {
        var email = NewEmail();
        var messageId = email.MessageId;
        email.MarkHandedOver(Now);
        email.MarkUnconfirmed("connection reset");

        email.Retry(Now.AddHours(1));

        Assert.That(email.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(email.HandedOverAt, Is.Null);
        Assert.That(email.Attempts, Is.Zero);
        Assert.That(email.NextAttemptAt, Is.EqualTo(Now.AddHours(1)));
        Assert.That(email.MessageId, Is.EqualTo(messageId), "a receiving server can still drop a copy it has");
    }

    [Test]
    public void OnlyFailedOrUnconfirmedEmailsAreRetried()
    {
        var sent = NewEmail();
        sent.MarkSent(Now);

        Assert.That(() => sent.Retry(Now), Throws.InvalidOperationException);
        Assert.That(() => NewEmail().Retry(Now), Throws.InvalidOperationException);
    }
}
