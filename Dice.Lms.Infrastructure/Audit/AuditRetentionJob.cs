using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Audit;

/// <summary>
/// Daily: deletes security events older than <c>Lms:Security:AuditRetentionDays</c> (docs/privacy.md). Safe to run
/// twice: a second run finds nothing old enough.
/// </summary>
public sealed class AuditRetentionJob(AuditTrail trail, IOptions<LmsOptions> options, ILogger<AuditRetentionJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.Security.AuditRetentionDays;
        var deleted = await trail.DeleteOlderThanAsync(TimeSpan.FromDays(days), cancellationToken);
        logger.LogInformation("Deleted {Count} security events older than {RetentionDays} days", deleted, days);
    }
}
