using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Dice.Lms.Load;

/// <summary>
/// One learner's browser without JavaScript: its own connection and cookies, no automatic redirects (the driver follows
/// them itself so every request is timed and counted), forms read from the HTML.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;
    public Browser(Uri baseAddress, Stats stats)
    {
        Stats = stats;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = _cookies,
            MaxConnectionsPerServer = 1,
            ConnectTimeout = TimeSpan.FromSeconds(15),
            // nginx in front (run.sh nodes) has a self-signed certificate made for the run: accepted on https://127.0.0.1 only.
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || baseAddress.Host == "127.0.0.1" },
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task<Page> GetAsync(string kind, string path, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(kind, request, cancel);
    }

    public async Task<Page> PostAsync(string kind, string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(kind, request, cancel);
    }

    /// <summary>Signs in with the form and its antiforgery token, as a person would.</summary>
    public async Task<bool> SignInAsync(string email, string password, CancellationToken cancel)
    {
        var form = await GetAsync("sign-in form", "/account/sign-in", cancel);
        if (form.Status != 200 || form.Token is null)
        {
            return false;
        }

        var posted = await PostAsync("sign-in", "/account/sign-in",
            [new("__RequestVerificationToken", form.Token), new("Email", email), new("Password", password), new("ReturnUrl", "/")], cancel);
        return posted.Status == 302;
    }

    /// <summary>Where this browser's requests are counted; a run may count one phase apart from another.</summary>
    public Stats Stats { get; set; }

    public string CookieHeader() => _cookies.GetCookieHeader(_http.BaseAddress!);

    private async Task<Page> SendAsync(string kind, HttpRequestMessage request, CancellationToken cancel)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request, cancel);
        var body = await response.Content.ReadAsStringAsync(cancel);
        Stats.Record(kind, (int)response.StatusCode, watch.Elapsed);
        return new Page((int)response.StatusCode, response.Headers.Location?.OriginalString, body);
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A response: status, redirect target and body, with the parts of the HTML a learner's browser would use.</summary>
public sealed partial record Page(int Status, string? Location, string Body)
{
    public string? Token => TokenField().Match(Body) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
