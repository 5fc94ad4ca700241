using System.Threading.RateLimiting;
using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Security;

/// <summary>
/// The site's rate limits: fixed one-minute windows per client IP address (behind a known proxy, the address it
/// forwarded: <see cref="ProxyTrust"/>). A rejected request gets 429 and the localized "too many requests" page. https://learn.microsoft.com/aspnet/core/performance/rate-limit
/// </summary>
public static class RateLimits
{
    /// <summary>Sign-in, sign-up and password form posts (<see cref="SecurityOptions.AccountPostsPerMinute"/>).</summary>
    public const string AccountPosts = "account-posts";

    /// <summary>The certificate verification page (<see cref="CertificateOptions.VerifyRequestsPerMinute"/>).</summary>
    public const string Verify = "verify";

    public static IServiceCollection AddLmsRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AccountPosts, context => PerAddress(context, options => options.Security.AccountPostsPerMinute));
            o.AddPolicy(Verify, context => PerAddress(context, options => options.Certificates.VerifyRequestsPerMinute));
        });

    private static RateLimitPartition<string> PerAddress(HttpContext context, Func<LmsOptions, int> perMinute)
    {
        var limit = perMinute(context.RequestServices.GetRequiredService<IOptions<LmsOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
