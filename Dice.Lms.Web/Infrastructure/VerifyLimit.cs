using System.Threading.RateLimiting;
using Dice.Lms.Infrastructure.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Infrastructure;

/// <summary>
/// The verification page's rate limit: a fixed window of one minute per client IP address. A rejected request gets 429
/// and the localized "too many requests" page. https://learn.microsoft.com/aspnet/core/performance/rate-limit
/// </summary>
public static class VerifyLimit
{
    public const string Policy = "verify";

    public static IServiceCollection AddVerifyLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<LmsOptions>>().Value.Certificates.VerifyRequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
}
