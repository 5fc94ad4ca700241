namespace Dice.Lms.Domain.Xapi;

/// <summary>
/// An xAPI statement waiting to be sent to the learning record store. It is written in the same transaction as the
/// learning it records, with its statement id already fixed, so a retry sends the same id and the store keeps one copy.
/// </summary>
/// <remarks>
/// Unlike an e-mail, a statement is never given up on: a store that is down or refuses only delays it, with a growing
/// pause between attempts (<see cref="RetryDelay"/>), until it takes it or the learner's data is erased.
/// </remarks>
public sealed class QueuedStatement
{
    public const int ErrorMaxLength = 1000;

    public QueuedStatement(string key, Guid statementId, string learnerId, string body, DateTime createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(learnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        Key = key;
        StatementId = statementId;
        LearnerId = learnerId;
        Body = body;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    // For EF Core.
    private QueuedStatement()
    {
        Key = LearnerId = Body = "";
    }

    public long Id { get; private set; }

    /// <summary>What the statement records, unique: queuing the same key twice queues one statement.</summary>
    public string Key { get; private set; }

    /// <summary>The statement's id, in <see cref="Body"/> too; sent again on every retry.</summary>
    public Guid StatementId { get; private set; }

    public string LearnerId { get; private set; }

    /// <summary>The statement as JSON, complete and never changed.</summary>
    public string Body { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public bool IsSent => SentAt is not null;

    public void MarkSent(DateTime now)
    {
        SentAt ??= now;
        LastError = null;
    }

    /// <summary>The store was unreachable or refused: try again after <see cref="RetryDelay"/>.</summary>
    public void MarkFailed(string error, DateTime now)
    {
        Attempts++;
        NextAttemptAt = now + RetryDelay(Attempts);
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
    }

    /// <summary>One minute after the first failure, doubling up to a day: a store down for a week costs a few tries a day.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Clamp(attempts, 1, 20) - 1), 24 * 60));
}
