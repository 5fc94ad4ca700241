using System.Text.Json.Nodes;
using Dice.Lms.Domain.Xapi;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Xapi;

/// <summary>
/// Queues statements as rows of the scoped <see cref="LmsDbContext"/>: the caller's SaveChanges commits them with the
/// learning they record. Nothing is queued when no store is configured (Lms:Xapi:Endpoint), and a key already queued
/// queues nothing.
/// </summary>
public sealed class XapiQueue(LmsDbContext db, IOptions<LmsOptions> options, TimeProvider clock)
{
    public bool IsEnabled => options.Value.Xapi.IsEnabled;

    public string Site => options.Value.PublicBaseUrl.TrimEnd('/');

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Queues the statement <paramref name="build"/> makes with a new id, unless <paramref name="key"/> is queued already.</summary>
    public async Task<bool> QueueAsync(string key, string learnerId, Func<Guid, JsonObject> build, CancellationToken cancellationToken = default)
    {
        if (!IsEnabled || db.XapiStatements.Local.Any(s => s.Key == key) || await db.XapiStatements.AnyAsync(s => s.Key == key, cancellationToken))
        {
            return false;
        }

        var id = Guid.NewGuid();
        db.XapiStatements.Add(new QueuedStatement(key, id, learnerId, build(id).ToJsonString(), Now));
        return true;
    }
}
