using System.Net;
using System.Text.Json;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// The server's side of reading offline (docs/offline.md): the manifest, the service worker, the offline page, what
/// "keep this course" stores, a replayed answer post applied once, and sign-out clearing the device. The browser's
/// side runs in Chromium (Browser.Tests/OfflineTests).
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class OfflineTests(TestProvider provider)
{
    private const string Quiz = "/courses/safety/modules/strong-passwords/quiz";
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent(provider);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("mn", "DICE цахим сургалт")]
    [TestCase("en", "DICE e-learning")]
    public async Task TheManifestIsInTheReadersLanguageAndItsIconsArePngs(string language, string name)
    {
        var client = _factory.CreateClient();
        var response = await client.GetAsync($"/manifest.webmanifest?culture={language}");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/manifest+json"));
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;

        Assert.That(root.GetProperty("name").GetString(), Is.EqualTo(name));
        Assert.That(root.GetProperty("lang").GetString(), Is.EqualTo(language));
        Assert.That(root.GetProperty("start_url").GetString(), Is.EqualTo("/"));
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        Assert.That(icons.Select(i => i.GetProperty("purpose").GetString()), Does.Contain("maskable"));
        foreach (var icon in icons)
        {
            var bytes = await client.GetByteArrayAsync(icon.GetProperty("src").GetString());
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG");
            // The PNG header's width and height, big-endian at bytes 16 and 20.
            var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
            Assert.That($"{width}x{width}", Is.EqualTo(icon.GetProperty("sizes").GetString()));
        }
    }

    [Test]
    public async Task TheServiceWorkerComesFromTheRootWithThisBuildsVersion()
    {
        var response = await _factory.CreateClient().GetAsync("/sw.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True, "a new version is found at the next visit");
        Assert.That(script, Does.Not.Contain("__VERSION__"));
        Assert.That(script, Does.Contain($"const VERSION = '{_factory.Services.GetRequiredService<Offline.ServiceWorkerScript>().Version}'"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'"), "the policy stays strict");
    }

    [TestCase("mn", "Интернэт холболтгүй байна")]
    [TestCase("en", "You are offline")]
    public async Task TheOfflinePageIsInTheAskedLanguageAndHoldsNothingPersonal(string language, string heading)
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var page = await client.GetPageAsync($"/app/offline?culture={language}");

        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo(language));
        Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo(heading));
        Assert.That(page.Forms, Is.Empty, "no antiforgery token, no sign-out form to store");
        Assert.That(page.QuerySelectorAll("script[src^='/js/offline']"), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task KeepingACourseListsEveryModuleAndItsImagesWithTheirSizes()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        Assert.That((await client.GetAsync("/courses/content-creation/keep")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "not enrolled: access denied");
        await client.SubmitFormAsync("/courses/content-creation", "/courses/content-creation/enrol", new Dictionary<string, string>());

        var details = await client.GetPageAsync("/courses/content-creation");
        var box = details.QuerySelector("[data-keep-course]")!;
        Assert.That(box.HasAttribute("hidden"), Is.True, "shown only by the script, where a service worker can keep pages");
        using var list = JsonDocument.Parse(await client.GetStringAsync(box.GetAttribute("data-keep-course")));
        var pages = list.RootElement.GetProperty("pages").EnumerateArray().ToList();
        var images = list.RootElement.GetProperty("images").EnumerateArray().ToList();

        Assert.That(pages.Select(p => p.GetProperty("url").GetString()),
            Is.EqualTo(details.QuerySelectorAll("ol.modules a").Select(a => a.GetAttribute("href"))));
        Assert.That(images, Has.Count.EqualTo(1), "the poster module's picture, in the reader's language");
        var image = await client.GetByteArrayAsync(images[0].GetProperty("url").GetString());
        Assert.That(images[0].GetProperty("bytes").GetInt64(), Is.EqualTo(image.Length));
        var page = await client.GetStringAsync(pages[1].GetProperty("url").GetString());
        Assert.That(pages[1].GetProperty("bytes").GetInt64(), Is.InRange(page.Length * 0.7, page.Length * 1.6), "an estimate near the page's size");
        Assert.That(list.RootElement.GetProperty("bytes").GetInt64(),
            Is.EqualTo(pages.Sum(p => p.GetProperty("bytes").GetInt64()) + images.Sum(i => i.GetProperty("bytes").GetInt64())));
    }

    [Test]
    public async Task AModuleStoredForOfflineReadingIsNotAVisit()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        await client.SubmitFormAsync("/courses/devices", "/courses/devices/enrol", new Dictionary<string, string>());
        var details = await client.GetPageAsync("/courses/devices");
        var modules = details.QuerySelectorAll("ol.modules a").Select(a => a.GetAttribute("href")!).ToList();

        using var kept = new HttpRequestMessage(HttpMethod.Get, modules[2]) { Headers = { { "X-Dice-Keep", "1" } } };
        Assert.That((await client.SendAsync(kept)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetPageAsync("/courses/devices")).QuerySelector("a.button.primary")?.GetAttribute("href"), Is.EqualTo(modules[0]),
            "still starts at the first module");

        await client.GetPageAsync(modules[2]);
        Assert.That((await client.GetPageAsync("/courses/devices")).QuerySelector("a.button.primary")?.GetAttribute("href"), Is.EqualTo(modules[2]),
            "a real visit moves where the learner resumes");
    }

    [Test]
    public async Task AQueuedSubmissionSentTwiceIsGradedOnce()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        var take = await client.GetPageAsync(attemptUrl);
        var fields = QuizAnswers.Correct(await _factory.Services.QuizOfAsync("strong-passwords"), "submit");
        fields.Add(new("revision", take.QuerySelector("input[name=revision]")!.GetAttribute("value")!));
        fields.Add(new("__RequestVerificationToken", take.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));

        var first = await client.PostAsync(attemptUrl, new FormUrlEncodedContent(fields));
        var graded = await GradedAsync(attemptUrl);
        var replay = await client.PostAsync(attemptUrl, new FormUrlEncodedContent(fields));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the replay is recognised, not refused");
        Assert.That(replay.Headers.Location?.OriginalString, Is.EqualTo(attemptUrl + "/review"));
        Assert.That(graded.SubmittedAt, Is.Not.Null);
        Assert.That(await GradedAsync(attemptUrl), Is.EqualTo(graded), "graded once: the replay wrote nothing");

        // The same answers without the revision (a form from before this change, or a hand-made post) are refused as before.
        fields.RemoveAll(f => f.Key == "revision");
        Assert.That((await client.PostAsync(attemptUrl, new FormUrlEncodedContent(fields))).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task AnOlderQueuedSaveNeverOverwritesNewerAnswers()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        var take = await client.GetPageAsync(attemptUrl);
        var revision = take.QuerySelector("input[name=revision]")!.GetAttribute("value")!;
        var token = take.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var radios = take.QuerySelectorAll("fieldset.question").First(f => f.QuerySelector("input[type=radio]") is not null).QuerySelectorAll("input[type=radio]");
        FormUrlEncodedContent Save(int option) => new(new Dictionary<string, string>
        {
            [radios[option].GetAttribute("name")!] = radios[option].GetAttribute("value")!,
            ["action"] = "save",
            ["revision"] = revision,
            ["__RequestVerificationToken"] = token,
        });

        var saved = await client.PostAsync(attemptUrl, Save(0));
        var again = await client.PostAsync(attemptUrl, Save(0));
        var older = await client.PostAsync(attemptUrl, Save(1));

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the same save again is a replay");
        Assert.That(older.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "other answers on an older revision are refused");
        Assert.That(await older.Content.ReadAsStringAsync(), Does.Contain("Оролдлогыг өөр газраас өөрчилсөн байна"), "with the reason, in the reader's language");
        var page = await client.GetPageAsync(attemptUrl);
        Assert.That(page.QuerySelector($"#{radios[0].Id}")?.HasAttribute("checked"), Is.True, "the first save stands");
    }

    [Test]
    public async Task SigningOutAsksTheBrowserToForgetWhatItKept()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var response = await client.SubmitFormAsync("/", "/account/sign-out", new Dictionary<string, string>());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.GetValues("Clear-Site-Data").Single(), Is.EqualTo("\"cache\", \"storage\""));
        Assert.That((await client.GetAsync("/")).Headers.Contains("Clear-Site-Data"), Is.False, "only at sign-out");
    }

    private async Task<HttpClient> EnrolledLearnerAsync()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        return client;
    }

    private static async Task<string> StartAsync(HttpClient client)
    {
        var start = await client.SubmitFormAsync(Quiz, Quiz + "/start", new Dictionary<string, string>());
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await start.Content.ReadAsStringAsync());
        return start.Headers.Location!.OriginalString;
    }

    private async Task<(DateTime? SubmittedAt, Guid Stamp)> GradedAsync(string attemptUrl)
    {
        var id = long.Parse(attemptUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = _factory.Services.CreateAsyncScope();
        var attempt = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == id);
        return (attempt.SubmittedAt, attempt.Stamp);
    }
}
