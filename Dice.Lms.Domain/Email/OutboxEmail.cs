namespace Dice.Lms.Domain.Email;

/// <summary>
/// An e-mail waiting to be delivered. It is written in the same transaction as the change that causes it,
/// so a crash can never lose it; the delivery job drains the outbox.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxAttempts = 8;

    public OutboxEmail(string key, string toAddress, string toName, string subject, string textBody, string? htmlBody,
        string kind, string? userId, DateTime createdAt, string messageIdDomain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Key = key;
        ToAddress = toAddress.Trim();
        ToName = toName ?? "";
        Subject = subject;
        TextBody = textBody ?? "";
        HtmlBody = htmlBody;
        Kind = kind;
        UserId = userId;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        MessageId = $"{Guid.NewGuid():N}@{messageIdDomain}";
    }

    // For EF Core, which sets the properties itself.
    private OutboxEmail()
    {
        Key = MessageId = ToAddress = ToName = Subject = TextBody = Kind = "";
    }

    public long Id { get; private set; }

    /// <summary>What the e-mail is about, unique: queuing the same key twice queues one e-mail.</summary>
    public string Key { get; private set; }

    /// <summary>Stable across retries, so a receiving server can drop a copy it already has.</summary>
    public string MessageId { get; private set; }

    public string ToAddress { get; private set; }

    public string ToName { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string? HtmlBody { get; private set; }

    /// <summary>For example "account", "invitation", "reminder", "certificate".</summary>
    public string Kind { get; private set; }

    public string? UserId { get; private set; }

    /// <summary>Signed one-click unsubscribe link, for the List-Unsubscribe header; null for account mail.</summary>
    public string? UnsubscribeUrl { get; set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The delivery run that holds this e-mail until <see cref="ClaimedUntil"/>.</summary>
    public Guid? ClaimToken { get; private set; }

    public DateTime? ClaimedUntil { get; private set; }

    public void MarkSent(DateTime now)
    {
        Status = OutboxStatus.Sent;
        SentAt = now;
        Attempts++;
        LastError = null;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    /// <summary>A transient failure is retried with growing waits; a permanent one, or too many tries, fails for good.</summary>
    public void MarkFailed(string error, bool permanent, DateTime now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        ClaimToken = null;
        ClaimedUntil = null;
        if (permanent || Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        NextAttemptAt = now + RetryDelay(Attempts);
    }

    /// <summary>Staff can send a failed e-mail again after fixing its cause.</summary>
    public void Retry(DateTime now)
    {
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    /// <summary>1, 2, 4, … minutes, at most 2 hours.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(120, Math.Pow(2, Math.Max(0, attempts - 1))));
}
