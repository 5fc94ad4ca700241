using System.Security.Claims;
using Dice.Lms.Domain.Audit;
using Dice.Lms.Infrastructure.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dice.Lms.Infrastructure.Audit;

/// <summary>
/// The one writer of security events: a row of <c>AuditEvents</c> and a structured log event with the same fields.
/// The actor and the client address come from the current request (none for the command line and jobs); the client
/// address is the one the forwarded-headers middleware settled on, so it is the real client's behind a trusted proxy.
/// Callers pass an address or a description as the target, never a password or a token.
/// </summary>
public sealed class AuditTrail(LmsDbContext db, IHttpContextAccessor http, TimeProvider clock, ILogger<AuditTrail> logger)
{
    /// <summary>Adds the event to the caller's unit of work: it is saved with the change it records, or not at all.</summary>
    public AuditEvent Add(AuditEventType type, string? subjectId, string? target = null)
    {
        var context = http.HttpContext;
        var actorId = context?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var address = context?.Connection.RemoteIpAddress?.ToString();
        var entry = new AuditEvent(type, actorId, subjectId, target, address, clock.GetUtcNow().UtcDateTime);
        db.AuditEvents.Add(entry);
        logger.LogInformation("Security event {AuditEventType} by {ActorId} concerning {SubjectId} ({AuditTarget}) from {ClientAddress}",
            entry.Type, entry.ActorId, entry.SubjectId, entry.Target, entry.ClientAddress);
        return entry;
    }

    /// <summary>Adds and saves an event that goes with no other change (a failed sign-in, an export).</summary>
    public async Task WriteAsync(AuditEventType type, string? subjectId, string? target = null, CancellationToken cancellationToken = default)
    {
        Add(type, subjectId, target);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>For an address typed into a form: the account it names, if any, becomes the subject.</summary>
    public async Task WriteForAddressAsync(AuditEventType type, string typedAddress, CancellationToken cancellationToken = default)
    {
        var normalized = typedAddress.Trim().ToUpperInvariant();
        var subjectId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        await WriteAsync(type, subjectId, typedAddress.Trim(), cancellationToken);
    }

    /// <summary>
    /// Erasure of a person (docs/privacy.md): the events stay, so the record of what happened is whole, but lose what
    /// identifies the person. Where they are the subject, the target (their address, as typed) and the client address
    /// go; where they only acted, their client address goes and the target, which is about someone else, stays.
    /// The account ids stay: an erased account keeps its bare internal id, which names nobody.
    /// </summary>
    public async Task ForgetPersonAsync(string userId, string? address, CancellationToken cancellationToken = default)
    {
        await db.AuditEvents.Where(e => e.SubjectId == userId || (address != null && e.Target == address))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Target, (string?)null).SetProperty(e => e.ClientAddress, (string?)null), cancellationToken);
        await db.AuditEvents.Where(e => e.ActorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClientAddress, (string?)null), cancellationToken);
    }

    /// <summary>Deletes events older than the retention period; returns how many went.</summary>
    public Task<int> DeleteOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - retention;
        return db.AuditEvents.Where(e => e.OccurredAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
