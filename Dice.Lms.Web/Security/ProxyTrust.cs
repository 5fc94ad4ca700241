using System.Net;
using System.Net.Sockets;
using Dice.Lms.Infrastructure.Options;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Security;

/// <summary>
/// Which peers may tell the site the client's address, scheme and host (<c>Lms:Proxy:KnownProxies</c> and
/// <c>Lms:Proxy:KnownNetworks</c>, the operations contract). From anyone else the X-Forwarded-* headers are ignored, so
/// a client cannot choose its own address for the rate limits or claim HTTPS. See docs/deployment.md.
/// </summary>
public static class ProxyTrust
{
    public const string KnownProxiesKey = "Lms:Proxy:KnownProxies";
    public const string KnownNetworksKey = "Lms:Proxy:KnownNetworks";

    public static IServiceCollection AddLmsProxyTrust(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IConfiguration>((o, configuration) =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
                // ASP.NET trusts loopback by default: a process on the same host (or a port published by a container
                // runtime, seen as loopback) could then pick its address. Only what is configured is trusted.
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                // One proxy in front (docs/deployment.md): only the address it saw is read, never what a client wrote
                // further left in the header, even when that client is itself inside a trusted network.
                o.ForwardLimit = 1;
                foreach (var value in Values(configuration, KnownProxiesKey))
                {
                    // IPAddress.TryParse also takes "10.0.0.256" or "10.1" (inet_aton forms): only the plain form is a typo-free one.
                    o.KnownProxies.Add(IPAddress.TryParse(value, out var address) && (address.AddressFamily != AddressFamily.InterNetwork || address.ToString() == value)
                        ? address
                        : throw Invalid(KnownProxiesKey, $"'{value}' is not an IP address."));
                }

                foreach (var value in Values(configuration, KnownNetworksKey))
                {
                    // IPNetwork.TryParse turns 10.0.0.1/8 into 10.0.0.0/8: host bits are more likely a typo than a wish.
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(value, out var network) && network.BaseAddress.Equals(IPAddress.Parse(value.Split('/')[0]))
                        ? network
                        : throw Invalid(KnownNetworksKey, $"'{value}' is not a CIDR range such as 10.0.0.0/24 (no host bits after the prefix)."));
                }
            })
            // Parsed when the site starts, so a typo stops start-up instead of the first request.
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Outside Development, a plain-HTTP request that did not come through a known proxy is sent to the https origin of
    /// <c>Lms:PublicBaseUrl</c> when that origin is https; then the forwarded headers of known proxies are applied.
    /// </summary>
    public static WebApplication UseLmsProxyTrust(this WebApplication app)
    {
        var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        var publicBase = new Uri(app.Services.GetRequiredService<IOptions<LmsOptions>>().Value.PublicBaseUrl);
        if (!app.Environment.IsDevelopment() && publicBase.Scheme == Uri.UriSchemeHttps)
        {
            app.Use((context, next) =>
            {
                // A known proxy decides the scheme itself (nginx answers port 80 with its own redirect); the health check
                // of a load balancer talks to each node over plain HTTP and must get its 200 or 503.
                if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/healthz")
                    || IsKnown(forwarded, context.Connection.RemoteIpAddress))
                {
                    return next(context);
                }

                context.Response.Redirect(publicBase.GetLeftPart(UriPartial.Authority) + context.Request.PathBase + context.Request.Path
                    + context.Request.QueryString, permanent: false, preserveMethod: true);
                return Task.CompletedTask;
            });
        }

        // With both lists empty the middleware would trust every peer: without a configured proxy it is left out.
        if (forwarded.KnownProxies.Count + forwarded.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static bool IsKnown(ForwardedHeadersOptions options, IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return options.KnownProxies.Contains(address) || options.KnownIPNetworks.Any(n => n.Contains(address));
    }

    /// <summary>A comma-separated string or an array (<c>Key:0</c>, <c>Key:1</c>, …), as the operations contract allows.</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = string.IsNullOrEmpty(section.Value) ? section.GetChildren().Select(c => c.Value ?? "") : section.Value.Split(',');
        return values.Select(v => v.Trim()).Where(v => v.Length > 0);
    }

    private static OptionsValidationException Invalid(string key, string problem) =>
        new(key, typeof(ForwardedHeadersOptions), [$"{key}: {problem}"]);
}
