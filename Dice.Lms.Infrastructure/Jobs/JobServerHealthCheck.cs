using Dice.Lms.Infrastructure.Options;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Jobs;

/// <summary>Healthy when a job server has reported a heartbeat lately (on this node or any other).</summary>
public sealed class JobServerHealthCheck(JobStorage storage, IOptions<LmsOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var servers = storage.GetMonitoringApi().Servers();
        var recent = servers.Count(s => s.Heartbeat is { } beat && DateTime.UtcNow - beat < TimeSpan.FromMinutes(2));
        if (recent > 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{recent} job server(s)"));
        }

        return Task.FromResult(options.Value.Jobs.RunServer
            ? HealthCheckResult.Unhealthy("No job server has reported in the last 2 minutes.")
            : HealthCheckResult.Degraded("This node runs no job server and none other has reported."));
    }
}
