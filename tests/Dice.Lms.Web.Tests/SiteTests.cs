using System.Net;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dice.Lms.Web.Tests;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class SiteTests(TestProvider provider)
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory(provider: provider);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task HomePageIsMongolianByDefaultAndListsTheSixAreas()
    {
        var client = _factory.CreateClient();
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("<html lang=\"mn\""));
        foreach (var area in CompetenceAreas.All)
        {
            Assert.That(html, Does.Contain(area.NameMn), area.Id);
        }
    }

    [Test]
    public async Task LanguageSwitchIsRememberedAndWorksWithoutJavaScript()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SubmitFormAsync("/", "/language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/account/sign-in" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/account/sign-in"));
        var page = await client.GetStringAsync("/");
        Assert.That(page, Does.Contain("<html lang=\"en\""));
        foreach (var area in CompetenceAreas.All)
        {
            Assert.That(page, Does.Contain(area.NameEn), area.Id);
        }
    }

    [Test]
    public async Task LanguageSwitchNeverRedirectsToAnotherSite()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SubmitFormAsync("/", "/language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "https://evil.example/" });

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"));
    }

    [Test]
    public async Task HealthEndpointReportsDatabaseAndJobServer()
    {
        var client = _factory.CreateClient();
        // The job server announces itself on its own thread after the site starts, so a probe in the first
        // moments may rightly say "not yet"; it must turn healthy soon after.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpResponseMessage response;
        string body;
        while (true)
        {
            response = await client.GetAsync("/healthz");
            body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                break;
            }

            Assert.That(body, Does.Contain("\"database\":\"Healthy\""), "the database is up from the start");
            await Task.Delay(200);
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(body, Does.Contain("\"database\":\"Healthy\"").And.Contain("\"jobs\":\"Healthy\""));
    }

    [Test]
    public async Task UnknownRouteGetsALocalizedNotFoundPage()
    {
        var client = _factory.CreateClient();
        var response = await client.GetAsync("/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(html, Does.Contain("Хуудас олдсонгүй"));
        Assert.That(html, Does.Contain("<html lang=\"mn\""));
    }

    [Test]
    public async Task PostWithoutAntiforgeryTokenIsRejected()
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsync("/account/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@example.org", ["Password"] = "whatever12345" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ResponsesCarryStrictSecurityHeaders()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://lms.test") });
        var response = await client.GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.That(csp, Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'"));
        Assert.That(csp, Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval").And.Not.Contain("http:").And.Not.Contain("*"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
        Assert.That(response.Headers.GetValues("Strict-Transport-Security").Single(), Does.StartWith("max-age="));
    }

    [Test]
    public async Task StylesheetIsServedFromTheSiteItself()
    {
        var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/");
        var document = Browserless.Parse(html);
        var hrefs = document.QuerySelectorAll("link[href], script[src], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();

        Assert.That(hrefs, Is.Not.Empty);
        Assert.That(hrefs, Has.All.StartsWith("/"));
        var css = await client.GetAsync(hrefs.First(h => h!.Contains(".css")));
        Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task PagesHaveLandmarksAndASkipLink()
    {
        var client = _factory.CreateClient();
        var document = Browserless.Parse(await client.GetStringAsync("/account/sign-in"));

        Assert.That(document.QuerySelector("a.skip-link")?.GetAttribute("href"), Is.EqualTo("#main"));
        Assert.That(document.QuerySelector("main#main"), Is.Not.Null);
        Assert.That(document.QuerySelector("header nav[aria-label]"), Is.Not.Null);
        // Script only enhances (offline reading, docs/offline.md): none inline, each from the site itself, after the
        // content; the journeys without JavaScript are walked in the browser tests.
        Assert.That(document.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? ""),
            Has.All.Matches<string>(src => src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal)));
        Assert.That(document.QuerySelectorAll("main script"), Is.Empty);
    }
}
