using System.Net;
using System.Net.Sockets;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>
/// An HTTP client on a real socket from a chosen loopback address (127.0.0.x: every one of them reaches 127.0.0.1 on
/// Linux), so the site sees a real, distinct remote address per client. It keeps cookies the way a browser does behind a
/// TLS proxy: sent back even when marked Secure over the plain hop, and every Set-Cookie header recorded for checks.
/// </summary>
public sealed class Visitor : IDisposable
{
    private readonly CookieJar _jar;

    private Visitor(Uri baseAddress, string sourceAddress, Func<IEnumerable<KeyValuePair<string, string>>>? headers)
    {
        var socket = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = (context, token) => ConnectFromAsync(IPAddress.Parse(sourceAddress), context.DnsEndPoint, token),
            // The nginx tests use a certificate made for the run.
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        };
        _jar = new CookieJar(headers) { InnerHandler = socket };
        Client = new HttpClient(_jar) { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    /// <summary>Every Set-Cookie header the site sent to this visitor, in order.</summary>
    public IReadOnlyList<string> SetCookies => _jar.SetCookies;

    /// <summary>The Cookie header this visitor sends now: what someone who copied it could replay.</summary>
    public string CookieHeader => _jar.Header();

    /// <summary>A client connecting from <paramref name="sourceAddress"/>, sending <paramref name="headers"/> with each request.</summary>
    public static Visitor From(Uri baseAddress, string sourceAddress, Func<IEnumerable<KeyValuePair<string, string>>>? headers = null) =>
        new(baseAddress, sourceAddress, headers);

    /// <summary>What a TLS proxy at <paramref name="proxyAddress"/> sends for a browser at <paramref name="clientAddress"/>.</summary>
    public static Visitor BehindProxy(Uri baseAddress, string proxyAddress, string clientAddress, string scheme = "https", string host = "lms.test") =>
        new(baseAddress, proxyAddress, () =>
        [
            new("X-Forwarded-For", clientAddress),
            new("X-Forwarded-Proto", scheme),
            new("X-Forwarded-Host", host),
        ]);

    public void Dispose() => Client.Dispose();

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress source, DnsEndPoint target, CancellationToken token)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(source, 0));
            // Every server of the tests listens on 127.0.0.1; the URL's host name (lms.example.mn) is for TLS and Host only.
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, target.Port), token);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class CookieJar(Func<IEnumerable<KeyValuePair<string, string>>>? headers) : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        public List<string> SetCookies { get; } = [];

        public string Header()
        {
            lock (_cookies)
            {
                return string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            foreach (var (name, value) in headers?.Invoke() ?? [])
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            if (Header() is { Length: > 0 } cookies)
            {
                request.Headers.TryAddWithoutValidation("Cookie", cookies);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                lock (_cookies)
                {
                    foreach (var header in values)
                    {
                        SetCookies.Add(header);
                        var pair = header.Split(';')[0];
                        var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                        var value = pair[(name.Length + 1)..];
                        // A deleted cookie comes back empty and expired in 1970.
                        if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                        {
                            _cookies.Remove(name);
                        }
                        else
                        {
                            _cookies[name] = value;
                        }
                    }
                }
            }

            return response;
        }
    }
}
