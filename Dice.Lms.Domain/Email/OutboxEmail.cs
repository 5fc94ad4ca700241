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

    /// <summary>
    /// When the delivering run started to hand this e-mail to the server. Set while that is under way, and kept on an
    /// <see cref="OutboxStatus.Unconfirmed"/> e-mail to say when it went out.
    /// </summary>
    public DateTime? HandedOverAt { get; private set; }

    /// <summary>
    /// Must be saved before the message goes to the server: from then on the server may have it, so a run that stops
    /// before <see cref="MarkSent"/> or <see cref="MarkFailed"/> leaves it to become Unconfirmed, never sent twice.
    /// </summary>
    public void MarkHandedOver(DateTime now)
    {
        if (Status != OutboxStatus.Pending)
        {
            throw new InvalidOperationException($"E-mail {Id} is {Status}, not waiting to be sent.");
        }

        HandedOverAt = now;
    }

    public void MarkSent(DateTime now)
    {
        Status = OutboxStatus.Sent;
        SentAt = now;
        Attempts++;
        LastError = null;
        HandedOverAt = null;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    /// <summary>
    /// The server answered 4xx or 5xx, or the message never reached it, so it does not have the message. A transient
    /// failure is retried with growing waits; a permanent one, or too many tries, fails for good.
    /// </summary>
    public void MarkFailed(string error, bool permanent, DateTime now)
    {
        Attempts++;
        LastError = Truncate(error);
        HandedOverAt = null;
        ClaimToken = null;
        ClaimedUntil = null;
        if (permanent || Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        NextAttemptAt = now + RetryDelay(Attempts);
    }

    /// <summary>The connection broke after the message had begun to go out: the server may have taken it or not.</summary>
    public void MarkUnconfirmed(string error)
    {
        if (HandedOverAt is null)
        {
            throw new InvalidOperationException($"E-mail {Id} was not handed over.");
        }

        Status = OutboxStatus.Unconfirmed;
        Attempts++;
        LastError = Truncate(error);
        ClaimToken = null;
        ClaimedUntil = null;
    }

    /// <summary>Staff send a failed e-mail again after fixing its cause, or an unconfirmed one its recipient did not get.</summary>
    public void Retry(DateTime now)
    {
        if (Status is not (OutboxStatus.Failed or OutboxStatus.Unconfirmed))
        {
            throw new InvalidOperationException($"E-mail {Id} is {Status}: only failed or unconfirmed e-mails are sent again.");
        }

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        HandedOverAt = null;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    /// <summary>1, 2, 4, … minutes, at most 2 hours.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(120, Math.Pow(2, Math.Max(0, attempts - 1))));

    private static string Truncate(string error) => error.Length > 1000 ? error[..1000] : error;
}
