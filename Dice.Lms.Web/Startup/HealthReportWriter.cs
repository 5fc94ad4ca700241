using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dice.Lms.Web.Startup;

/// <summary>A small JSON health report: each check's status, no exception details or connection strings.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
