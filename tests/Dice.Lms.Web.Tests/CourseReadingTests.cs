using System.Net;
using System.Net.Http.Headers;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dice.Lms.Web.Tests;

/// <summary>The shipped courses, imported at start as on a fresh site, read by learners.</summary>
public sealed class CourseReadingTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task TheCatalogueGroupsTheCoursesByTheSixAreas()
    {
        var document = await _factory.CreateClient().GetPageAsync("/courses");
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.That(headings, Is.EqualTo(CompetenceAreas.All.Select(a => a.NameMn)));
        Assert.That(document.QuerySelectorAll("main h3 a").Select(a => a.GetAttribute("href")),
            Is.EquivalentTo(new[] { "/courses/devices", "/courses/information", "/courses/communication", "/courses/content-creation", "/courses/safety", "/courses/problem-solving" }));
    }

    [Test]
    public async Task AnonymousVisitorsSeeTheCourseButMustSignInToReadModules()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var course = await client.GetPageAsync("/courses/safety");
        Assert.That(course.QuerySelectorAll("ol.modules li"), Has.Length.EqualTo(6));

        var module = await client.GetAsync("/courses/safety/modules/strong-passwords");
        Assert.That(module.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(module.Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
    }

    [Test]
    public async Task ALearnerEnrolsReadsMarksCompleteAndResumesAtTheNextModule()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var before = await client.GetAsync("/courses/safety/modules/strong-passwords");
        Assert.That(before.Headers.Location?.OriginalString, Is.EqualTo("/courses/safety"), "not enrolled yet");

        var enrol = await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        Assert.That(enrol.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var page = await client.GetPageAsync("/courses/safety/modules/strong-passwords");
        Assert.That(page.QuerySelector("h1")?.TextContent, Does.Contain("нууц үг").IgnoreCase);
        Assert.That(page.QuerySelector(".lesson aside.callout"), Is.Not.Null, "call-outs render");
        Assert.That(page.QuerySelector(".lesson table"), Is.Not.Null, "tables render");
        Assert.That(page.QuerySelector("a[rel=next]")?.GetAttribute("href"), Is.EqualTo("/courses/safety/modules/phishing-and-scams"));
        Assert.That(page.QuerySelector("a[rel=prev]"), Is.Null);
        Assert.That(page.DocumentElement.OuterHtml, Does.Not.Contain("```quiz").And.Not.Contain("- [x]"), "no quiz answers in the lesson");

        var complete = await client.SubmitFormAsync("/courses/safety/modules/strong-passwords", "/courses/safety/modules/strong-passwords/complete", new Dictionary<string, string>());
        Assert.That(complete.Headers.Location?.OriginalString, Is.EqualTo("/courses/safety/modules/phishing-and-scams"));

        var course = await client.GetPageAsync("/courses/safety");
        Assert.That(course.QuerySelector("progress")?.GetAttribute("value"), Is.EqualTo("1"));
        Assert.That(course.QuerySelector("a.button.primary")?.GetAttribute("href"), Is.EqualTo("/courses/safety/modules/phishing-and-scams"));
    }

    [Test]
    public async Task GoingBackToAnEarlierModuleMakesTheCourseResumeThere()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());

        await client.GetPageAsync("/courses/safety/modules/strong-passwords");
        await client.GetPageAsync("/courses/safety/modules/phishing-and-scams");
        var resumeAtLatest = (await client.GetPageAsync("/courses/safety")).QuerySelector("a.button.primary")?.GetAttribute("href");
        // Seconds later, well inside the hour in which re-reading the same page writes nothing.
        await client.GetPageAsync("/courses/safety/modules/strong-passwords");
        var resumeAfterGoingBack = (await client.GetPageAsync("/courses/safety")).QuerySelector("a.button.primary")?.GetAttribute("href");

        Assert.That(resumeAtLatest, Is.EqualTo("/courses/safety/modules/phishing-and-scams"));
        Assert.That(resumeAfterGoingBack, Is.EqualTo("/courses/safety/modules/strong-passwords"));
    }

    [Test]
    public async Task TheEnglishPageShowsTheEnglishText()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Trainer);
        var page = await client.GetPageAsync("/courses/safety/modules/strong-passwords?culture=en");

        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(page.QuerySelector("h1")?.TextContent, Does.Contain("password").IgnoreCase);
        Assert.That(page.QuerySelector(".notice[role=note]"), Is.Null, "no fallback notice when the language exists");
    }

    [Test]
    public async Task AnUnchangedLessonIsAnswered304()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Trainer);
        var first = await client.GetAsync("/courses/devices/modules/phone-and-computer");
        var etag = first.Headers.ETag;
        Assert.That(etag, Is.Not.Null);
        Assert.That(first.Headers.CacheControl?.ToString(), Does.Contain("no-cache").And.Contain("private"));

        var request = new HttpRequestMessage(HttpMethod.Get, "/courses/devices/modules/phone-and-computer");
        request.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(request);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task TheLessonPageIsSmallOnAFirstVisit()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Trainer);
        var html = await TransferredAsync(client, "/courses/safety/modules/beneficiary-data");
        var page = Browserless.Parse(await client.GetStringAsync("/courses/safety/modules/beneficiary-data"));
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        var total = html;
        foreach (var asset in assets)
        {
            total += await TransferredAsync(client, asset);
        }

        TestContext.Out.WriteLine($"lesson page {html} B, with {string.Join(", ", assets)} {total} B (gzip)");
        Assert.That(assets, Has.Some.Contains(".css"));
        // The bytes as this test server sends them (not compressed): the page, the stylesheet and the offline script, about
        // 16 KB with gzip as a published site serves them (docs/benchmarks.md, "Phone pages").
        Assert.That(total, Is.LessThanOrEqualTo(32 * 1024));
    }

    [Test]
    public async Task TheOfflineCourseIsOneSelfContainedFile()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Staff);
        var response = await client.GetAsync("/courses/communication/offline");
        var html = await response.Content.ReadAsStringAsync();
        var document = Browserless.Parse(html);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'; style-src 'sha256-"));
        Assert.That(document.QuerySelectorAll("main > section > h2"), Has.Length.EqualTo(5));
        Assert.That(document.QuerySelectorAll("script, link, img[src^=http], iframe"), Is.Empty);
        Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("mn"));
    }

    [Test]
    public async Task ALearnerCannotDownloadACourseTheyAreNotEnrolledIn()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var response = await client.GetAsync("/courses/communication/offline");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/courses/communication"));
    }

    [Test]
    public async Task UnknownCoursesAndModulesAreNotFound()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Trainer);

        Assert.That((await client.GetAsync("/courses/no-such-course")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync("/courses/safety/modules/no-such-module")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync("/courses/safety/modules/phone-and-computer")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a module of another course");
    }

    /// <summary>Bytes on the wire with gzip, as a phone browser would receive them.</summary>
    private static async Task<long> TransferredAsync(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }
}
