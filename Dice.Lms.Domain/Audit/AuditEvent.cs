namespace Dice.Lms.Domain.Audit;

/// <summary>
/// One security event (OWASP ASVS 5.0, V16): who did what to whom, from which client address, when. Written in the
/// same save as the change it records; read by administrators, by the person it concerns (in their data export), and
/// deleted after the retention period (docs/privacy.md).
/// </summary>
public sealed class AuditEvent
{
    public const int TargetLength = 300;

    public const int AddressLength = 64;

    private AuditEvent()
    {
    }

    public AuditEvent(AuditEventType type, string? actorId, string? subjectId, string? target, string? clientAddress, DateTime occurredAt)
    {
        Type = type;
        ActorId = actorId;
        SubjectId = subjectId;
        Target = Cut(target, TargetLength);
        ClientAddress = Cut(clientAddress, AddressLength);
        OccurredAt = occurredAt;
    }

    public long Id { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public AuditEventType Type { get; private set; }

    /// <summary>The account that acted; null for a visitor not signed in, the command line or a job.</summary>
    public string? ActorId { get; private set; }

    /// <summary>The account the event concerns, when there is one (a sign-in with an unknown address has none).</summary>
    public string? SubjectId { get; private set; }

    /// <summary>What was acted on, in words: the address typed, the new role, the certificate. Never a password or token.</summary>
    public string? Target { get; private set; }

    /// <summary>The client's IP address as the site saw it after the trusted proxy's forwarded headers.</summary>
    public string? ClientAddress { get; private set; }

    private static string? Cut(string? value, int length) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= length ? value : value[..length];
}
