namespace Dice.Lms.Domain.Privacy;

/// <summary>
/// A person's request that their personal data be erased (docs/privacy.md). Staff carry it out; the request itself
/// stays as the record that the law's deadline was met, naming nobody once done.
/// </summary>
public sealed class ErasureRequest
{
    public ErasureRequest(string userId, DateTime requestedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        RequestedAt = requestedAt;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>The staff member who carried it out.</summary>
    public string? CompletedBy { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public void Complete(string staffUserId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffUserId);
        if (IsCompleted)
        {
            throw new InvalidOperationException("This request was already carried out.");
        }

        CompletedAt = now;
        CompletedBy = staffUserId;
    }
}
