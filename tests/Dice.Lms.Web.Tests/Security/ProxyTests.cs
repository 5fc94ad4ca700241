using System.Net;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>
/// The site on Kestrel, reached over real sockets from distinct loopback addresses: 127.0.0.2 is the configured TLS
/// proxy, anything else a client that reaches the site directly.
/// </summary>
public sealed class ProxyTests
{
    private const string Proxy = "127.0.0.2";
    private const string Stranger = "127.0.0.3";

    [Test]
    public async Task ClientsBehindTheProxyEachHaveTheirOwnSignInLimit()
    {
        using var site = Start(new() { ["Lms:Proxy:KnownProxies"] = $"10.9.9.9, {Proxy}", ["Lms:Security:AccountPostsPerMinute"] = "3" });
        await site.CreateUserAsync("patient@example.org", Roles.Learner);
        using var guesser = Visitor.BehindProxy(BaseAddress(site), Proxy, "203.0.113.10");
        using var learner = Visitor.BehindProxy(BaseAddress(site), Proxy, "203.0.113.20");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SignInAsync(guesser.Client, $"guess{i}@example.org", "guessing-password")).StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.That((await SignInAsync(learner.Client, "patient@example.org", Accounts.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect),
            "another learner behind the same proxy still signs in");
    }

    [TestCase("127.0.0.1", true, Description = "loopback, which ASP.NET would trust by default")]
    [TestCase(Stranger, true)]
    [TestCase(Stranger, false, Description = "no proxy configured: ASP.NET would trust every peer with empty lists")]
    public async Task AForwardedForSentStraightToTheSiteDoesNotEscapeTheLimit(string source, bool proxyConfigured)
    {
        using var site = Start(new() { ["Lms:Proxy:KnownNetworks:0"] = proxyConfigured ? $"{Proxy}/32" : null, ["Lms:Security:AccountPostsPerMinute"] = "3" });
        var n = 0;
        // Each request claims another client address, as an attacker guessing passwords would.
        using var attacker = Visitor.From(BaseAddress(site), source, () => [new("X-Forwarded-For", $"198.51.100.{Interlocked.Increment(ref n)}")]);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await SignInAsync(attacker.Client, $"guess{i}@example.org", "guessing-password")).StatusCode);
        }

        Assert.That(statuses.Skip(3), Has.All.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task VerifyIsLimitedPerClientBehindTheProxyAndForADirectSpoofer()
    {
        using var site = Start(new() { ["Lms:Proxy:KnownProxies:0"] = Proxy, ["Lms:Certificates:VerifyRequestsPerMinute"] = "2" });
        using var first = Visitor.BehindProxy(BaseAddress(site), Proxy, "203.0.113.10");
        using var second = Visitor.BehindProxy(BaseAddress(site), Proxy, "203.0.113.20");
        var n = 0;
        using var spoofer = Visitor.From(BaseAddress(site), Stranger, () => [new("X-Forwarded-For", $"198.51.100.{Interlocked.Increment(ref n)}")]);

        async Task<HttpStatusCode[]> ThreeChecks(Visitor visitor) =>
            [(await visitor.Client.GetAsync("/verify")).StatusCode, (await visitor.Client.GetAsync("/verify")).StatusCode, (await visitor.Client.GetAsync("/verify")).StatusCode];

        var limited = new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests };
        Assert.That(await ThreeChecks(first), Is.EqualTo(limited));
        Assert.That((await second.Client.GetAsync("/verify")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "another client of the proxy");
        Assert.That(await ThreeChecks(spoofer), Is.EqualTo(limited));
    }

    [Test]
    public async Task BehindAnHttpsProxyEveryCookieIsSecureAndHttpOnlyAndHstsIsSent()
    {
        using var site = Start(new() { ["Lms:Proxy:KnownProxies"] = Proxy });
        await site.CreateUserAsync("secure@example.org", Roles.Learner);
        using var browser = Visitor.BehindProxy(BaseAddress(site), Proxy, "203.0.113.30");

        var signInPage = await browser.Client.GetAsync("/account/sign-in");
        Assert.That(signInPage.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : null, Does.StartWith("max-age="));
        await JourneyAsync(browser.Client, "secure@example.org");

        var names = browser.SetCookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).ToHashSet();
        Assert.That(names, Is.SupersetOf(new[] { "dice.af", "dice.auth", ".AspNetCore.Mvc.CookieTempDataProvider", ".AspNetCore.Culture" }));
        foreach (var cookie in browser.SetCookies)
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.That(attributes, Does.Contain("secure").And.Contain("httponly"), cookie);
        }
    }

    [Test]
    public async Task FromAClientTheForwardedSchemeIsIgnored()
    {
        using var site = Start(new() { ["Lms:Proxy:KnownProxies"] = Proxy });
        await site.CreateUserAsync("plain@example.org", Roles.Learner);
        using var pretender = Visitor.From(BaseAddress(site), Stranger, () => [new("X-Forwarded-Proto", "https"), new("X-Forwarded-For", "203.0.113.40")]);
        // A host name HSTS is sent for (never for localhost or 127.0.0.1): only the scheme can keep it away.
        pretender.Client.DefaultRequestHeaders.Host = "lms.test";

        var page = await pretender.Client.GetAsync("/account/sign-in");
        await JourneyAsync(pretender.Client, "plain@example.org");

        Assert.That(page.Headers.Contains("Strict-Transport-Security"), Is.False);
        Assert.That(pretender.SetCookies, Is.Not.Empty);
        Assert.That(pretender.SetCookies, Has.None.Contains("secure"), "plain HTTP as far as the site can tell");
    }

    [Test]
    public async Task OutsideDevelopmentPlainHttpIsSentToThePublicHttpsOrigin()
    {
        using var site = Start(new() { ["Lms:Proxy:KnownProxies"] = Proxy, ["Lms:PublicBaseUrl"] = "https://lms.example.mn/" });
        using var direct = Visitor.From(BaseAddress(site), Stranger);
        using var proxied = Visitor.BehindProxy(BaseAddress(site), Proxy, "203.0.113.50");

        var get = await direct.Client.GetAsync("/courses?area=safety");
        var post = await direct.Client.PostAsync("/account/sign-in", new FormUrlEncodedContent([]));

        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
        Assert.That(get.Headers.Location, Is.EqualTo(new Uri("https://lms.example.mn/courses?area=safety")));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect), "the form is sent again, to the https origin");
        Assert.That((await direct.Client.GetAsync("/healthz")).StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable), "a health check talks to the node itself");
        Assert.That((await proxied.Client.GetAsync("/courses")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "HTTPS at the proxy");
    }

    [Test]
    public async Task LinksInEMailsUseThePublicBaseUrlWhateverHostTheProxyForwards()
    {
        using var site = Start(new() { ["Lms:Proxy:KnownProxies"] = Proxy });
        await site.CreateUserAsync("forgetful@example.org", Roles.Learner);
        using var visitor = Visitor.BehindProxy(BaseAddress(site), Proxy, "203.0.113.60", host: "attacker.example");

        var sent = await visitor.Client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = "forgetful@example.org" });
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await site.DrainEmailAsync();

        var message = Mailbox.Read(site.MailFolder).Single();
        Assert.That(Mailbox.Link(message, "http://lms.test/account/reset-password"), Is.Not.Empty);
        Assert.That(message.HtmlBody + message.TextBody, Does.Not.Contain("attacker.example"));
    }

    [Test]
    public async Task APilotOnPlainHttpIsNotRedirected()
    {
        using var site = Start(new() { ["Lms:PublicBaseUrl"] = "http://lms.example.mn/" });
        using var direct = Visitor.From(BaseAddress(site), Stranger);

        Assert.That((await direct.Client.GetAsync("/courses")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static LmsWebFactory Start(Dictionary<string, string?> settings)
    {
        var factory = new LmsWebFactory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static Uri BaseAddress(LmsWebFactory site) => new($"http://127.0.0.1:{site.ClientOptions.BaseAddress.Port}/");

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>Sign in, change the password (a TempData notice), read the notice, switch the language: every kind of cookie.</summary>
    private static async Task JourneyAsync(HttpClient client, string email)
    {
        Assert.That((await SignInAsync(client, email, Accounts.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var changed = await client.SubmitFormAsync("/account/password", "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = Accounts.Password, ["NewPassword"] = "a brand new passphrase" });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await client.GetPageAsync(changed.Headers.Location!.OriginalString);
        Assert.That((await client.SubmitFormAsync("/", "/language", new Dictionary<string, string> { ["culture"] = "en" })).StatusCode,
            Is.EqualTo(HttpStatusCode.Redirect));
    }
}
