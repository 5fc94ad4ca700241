namespace Dice.Lms.Domain.Certificates;

/// <summary>One line of the certificates' audit log: who issued, revoked or reissued which certificate, when and why.</summary>
public sealed class CertificateAuditEntry
{
    public CertificateAuditEntry(CertificateAction action, string actorId, DateTime at, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        Action = action;
        ActorId = actorId;
        At = at;
        Reason = reason;
    }

    public long Id { get; private set; }

    public int CertificateId { get; private set; }

    public CertificateAction Action { get; private set; }

    /// <summary>The user id of the staff member, <see cref="Certificate.SystemActor"/> or <see cref="Certificate.CommandLineActor"/>.</summary>
    public string ActorId { get; private set; }

    public DateTime At { get; private set; }

    public string? Reason { get; private set; }
}
