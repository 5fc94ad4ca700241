using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// Reading offline in Chromium with the real service worker (docs/offline.md): a lesson read once opens offline with
/// its "saved copy" note, a whole course kept in one go, the offline page for a page not kept, quiz answers given
/// offline graded once when the connection is back, and sign-out leaving nothing on the device.
/// </summary>
public sealed class OfflineTests
{
    private const string Password = "offline-reading-2026";
    private const string KeptLesson = "/courses/devices/modules/phone-and-computer";

    [TestCase("mn", "хадгалсан хуулбар")]
    [TestCase("en", "This is the copy kept on this device")]
    public async Task ALessonReadOnceOpensOfflineWithTheSavedCopyNote(string language, string note)
    {
        var page = await LearnerAsync(language, "devices");
        await page.GotoAsync(SiteUnderTest.BaseUrl + KeptLesson);
        var title = await page.Locator("h1").TextContentAsync();
        Assert.That(await page.Locator("[data-saved-copy]").IsVisibleAsync(), Is.False, "online, the page is the site's own");
        await WaitUntilKeptAsync(page, KeptLesson);

        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();

        Assert.That(await page.Locator("h1").TextContentAsync(), Is.EqualTo(title));
        Assert.That(await page.GetAttributeAsync("html", "lang"), Is.EqualTo(language));
        var saved = page.Locator("[data-saved-copy]");
        Assert.That(await saved.IsVisibleAsync(), Is.True);
        var text = await saved.TextContentAsync();
        Assert.That(text, Does.Contain(note).And.Not.Contain("UTC"));
        // Dated in Ulaanbaatar time (the site's default zone, UTC+8 all year), as every other time on the site.
        var shown = DateTime.ParseExact(System.Text.RegularExpressions.Regex.Match(text!, @"\d{4}-\d\d-\d\d \d\d:\d\d").Value, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(shown, Is.EqualTo(DateTime.UtcNow.AddHours(8)).Within(TimeSpan.FromMinutes(10)));
        Assert.That(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), Is.Not.EqualTo("\"Times New Roman\""), "styled offline too");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task AKeptCourseReadsOfflineModuleByModuleWithItsImages()
    {
        var page = await LearnerAsync("en", "content-creation");
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/courses/content-creation");
        var modules = await page.Locator("ol.modules a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var keep = page.Locator("[data-keep-course]");
        await keep.Locator("button").WaitForAsync();
        Assert.That(await keep.Locator("[data-keep-needs]").TextContentAsync(), Does.Match(@"All lessons \(5\) and images \(1\) take about \d+ KB\."));
        await page.AssertAccessibleAsync();

        await keep.Locator("button").ClickAsync();
        var status = keep.Locator("[data-keep-status]");
        await Assertions.Expect(status).ToContainTextAsync("5 lessons are kept on this device", new() { Timeout = 60_000 });
        Assert.That(await status.TextContentAsync(), Does.Match(@"kept on this device: \d+ KB\. This site uses [\d.]+ (KB|MB) in all\."));
        var bytes = long.Parse(await keep.GetAttributeAsync("data-kept-bytes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        TestContext.Out.WriteLine($"A whole course kept offline (content-creation, English, 5 modules, 1 image): {bytes} bytes stored; "
            + $"before: \"{await keep.Locator("[data-keep-needs]").TextContentAsync()}\"; after: \"{await status.TextContentAsync()}\"");
        Assert.That(bytes, Is.GreaterThan(10_000));

        await page.Context.SetOfflineAsync(true);
        var images = 0;
        foreach (var module in modules)
        {
            await page.GotoAsync(SiteUnderTest.BaseUrl + module);
            Assert.That(await page.Locator("[data-saved-copy]").IsVisibleAsync(), Is.True, module);
            Assert.That(await page.Locator("article h1").CountAsync(), Is.EqualTo(1), module);
            foreach (var image in await page.Locator(".lesson img").AllAsync())
            {
                Assert.That(await image.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0"), Is.GreaterThan(0), $"an image of {module}");
                images++;
            }
        }

        Assert.That(images, Is.EqualTo(1), "the poster module's picture was read offline");
        await page.Context.CloseAsync();
    }

    [TestCase("mn", "Интернэт холболтгүй байна")]
    [TestCase("en", "You are offline")]
    public async Task APageNotKeptSaysSoInTheReadersLanguage(string language, string heading)
    {
        var page = await LearnerAsync(language, "devices");
        await page.GotoAsync(SiteUnderTest.BaseUrl + KeptLesson);
        await WaitUntilKeptAsync(page, KeptLesson);

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/my/certificates");

        Assert.That(await page.Locator("h1").TextContentAsync(), Is.EqualTo(heading));
        Assert.That(await page.GetAttributeAsync("html", "lang"), Is.EqualTo(language));
        var kept = page.Locator("[data-kept-pages] a");
        await kept.First.WaitForAsync();
        Assert.That(await kept.GetAttributeAsync("href"), Is.EqualTo(KeptLesson), "the kept lesson is one tap away");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task QuizAnswersGivenOfflineAreGradedOnceWhenTheConnectionComesBack()
    {
        var page = await LearnerAsync("en", "safety");
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/courses/safety/modules/strong-passwords/quiz");
        await page.ClickAsync("form[action$='/quiz/start'] button");
        Assert.That(page.Url, Does.Match(@"/attempts/\d+$"));
        var attemptUrl = new Uri(page.Url).AbsolutePath;
        var posts = 0;
        page.Context.Request += (_, request) => posts += request.Method == "POST" && request.Url.EndsWith(attemptUrl, StringComparison.Ordinal) ? 1 : 0;
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");

        await page.Context.SetOfflineAsync(true);
        foreach (var fieldset in await page.Locator("fieldset.question").AllAsync())
        {
            var choice = fieldset.Locator("input[type=radio], input[type=checkbox]").Last;
            if (await choice.CountAsync() > 0)
            {
                await choice.CheckAsync();
            }

            foreach (var select in await fieldset.Locator("select").AllAsync())
            {
                await select.SelectOptionAsync(new SelectOptionValue { Index = 1 });
            }

            foreach (var text in await fieldset.Locator("input:not([type]), input[type=text]").AllAsync())
            {
                await text.FillAsync("42");
            }
        }

        var answers = await page.EvaluateAsync<string[][]>("() => [...new FormData(document.querySelector('form.quiz'))].filter(([k]) => /^q\\d+$/.test(k))");
        await page.ClickAsync("button[value=submit]");
        await Assertions.Expect(page.Locator("form.quiz .offline-notice")).ToContainTextAsync("You are offline: your answers are kept on this device");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo(attemptUrl), "still on the quiz");
        Assert.That(await page.EvaluateAsync<string?>("() => localStorage.getItem('dice.queue')"), Does.Contain(attemptUrl));
        Assert.That(posts, Is.Zero);
        Assert.That(await AttemptAsync(attemptUrl), Has.Property("SubmittedAt").Null, "nothing reached the site");

        await page.Context.SetOfflineAsync(false);
        await page.WaitForURLAsync("**" + attemptUrl + "/review");

        Assert.That(await page.Locator(".result").TextContentAsync(), Does.Contain("%"));
        var attempt = await AttemptAsync(attemptUrl);
        Assert.That(attempt.SubmittedAt, Is.Not.Null, "graded by the site");
        var saved = attempt.SavedAnswers;
        foreach (var group in answers.GroupBy(a => a[0]))
        {
            var index = int.Parse(group.Key[1..], System.Globalization.CultureInfo.InvariantCulture);
            var response = saved[index];
            Assert.That(response.Text ?? string.Join(",", response.ChosenOptionIds.Order()), Is.EqualTo(string.Join(",", group.Select(a => a[1]).Order())), group.Key);
        }

        Assert.That(posts, Is.EqualTo(1), "sent once");
        Assert.That(await page.EvaluateAsync<string?>("() => localStorage.getItem('dice.queue')"), Is.Null, "nothing left waiting");
        await page.ReloadAsync();
        Assert.That(posts, Is.EqualTo(1), "and not again on the next page");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task MarkCompleteOfflineIsSentWhenTheConnectionComesBack()
    {
        var page = await LearnerAsync("mn", "information");
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/courses/information");
        await page.ClickAsync("a.button.primary");
        var module = new Uri(page.Url).AbsolutePath;
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");

        await page.Context.SetOfflineAsync(true);
        await page.ClickAsync("form[action$='/complete'] button");
        await Assertions.Expect(page.Locator(".offline-notice")).ToContainTextAsync("Интернэт холболтгүй байна");
        await page.Context.SetOfflineAsync(false);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != module);

        await page.GotoAsync(SiteUnderTest.BaseUrl + module);
        Assert.That(await page.Locator(".module-actions .badge").CountAsync(), Is.EqualTo(1), "the module shows as completed");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task SigningOutLeavesNothingKeptOnTheDevice()
    {
        var page = await LearnerAsync("en", "devices");
        await page.GotoAsync(SiteUnderTest.BaseUrl + KeptLesson);
        await WaitUntilKeptAsync(page, KeptLesson);
        // An answer waiting to be sent.
        await page.EvaluateAsync("() => localStorage.setItem('dice.queue', JSON.stringify([{ url: '/attempts/1', fields: [['q0', '1']], page: '/attempts/1', at: 'now' }]))");

        // Submitted without the page script's own clearing: the response's Clear-Site-Data header alone must do it.
        await page.EvaluateAsync("() => document.querySelector('form[action=\"/account/sign-out\"]').submit()");
        await page.WaitForURLAsync(SiteUnderTest.BaseUrl + "/");

        Assert.That(await IsKeptAsync(page, KeptLesson), Is.False);
        Assert.That(await page.EvaluateAsync<string?>("() => localStorage.getItem('dice.queue')"), Is.Null);
        await page.Context.SetOfflineAsync(true);
        Assert.That(await OpensAsync(page, KeptLesson), Is.False, "the kept lesson is gone");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task TheSignOutButtonClearsTheDeviceBeforeSigningOut()
    {
        var page = await LearnerAsync("mn", "devices");
        await page.GotoAsync(SiteUnderTest.BaseUrl + KeptLesson);
        await WaitUntilKeptAsync(page, KeptLesson);
        await page.EvaluateAsync("() => localStorage.setItem('dice.queue', '[]')");
        // The post never reaches the site (so no Clear-Site-Data header): only the page script's clearing is tested.
        await page.Context.RouteAsync("**/account/sign-out", route => route.AbortAsync());
        var failed = new TaskCompletionSource();
        page.RequestFailed += (_, request) =>
        {
            if (request.Url.EndsWith("/account/sign-out", StringComparison.Ordinal))
            {
                failed.TrySetResult();
            }
        };
        await page.ClickAsync("form[action='/account/sign-out'] button");
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await page.Context.UnrouteAllAsync();
        page = await page.Context.NewPageAsync();
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/");

        Assert.That(await IsKeptAsync(page, KeptLesson), Is.False);
        Assert.That(await page.EvaluateAsync<string?>("() => localStorage.getItem('dice.queue')"), Is.Null);
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task ANewVersionOfTheSiteReplacesTheWorkerAndKeepsTheLessons()
    {
        var page = await LearnerAsync("en", "devices");
        await page.GotoAsync(SiteUnderTest.BaseUrl + KeptLesson);
        await WaitUntilKeptAsync(page, KeptLesson);
        var worker = SiteUnderTest.Services.GetRequiredService<Dice.Lms.Web.Offline.ServiceWorkerScript>();
        Assert.That(await page.EvaluateAsync<string[]>("() => caches.keys()"), Does.Contain("dice-shell-" + worker.Version));

        // The next deployment, as the browser sees it: /sw.js with another version written in.
        var next = System.Text.Encoding.UTF8.GetString(worker.Bytes).Replace(worker.Version, "next", StringComparison.Ordinal);
        await page.Context.RouteAsync("**/sw.js", route => route.FulfillAsync(new() { Body = next, ContentType = "text/javascript", Headers = new Dictionary<string, string> { ["Cache-Control"] = "no-cache" } }));
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/courses/devices");

        await page.WaitForFunctionAsync("() => caches.keys().then(keys => keys.includes('dice-shell-next') && keys.filter(k => k.startsWith('dice-shell-')).length === 1)",
            null, new() { PollingInterval = 200 });
        Assert.That(await IsKeptAsync(page, KeptLesson), Is.True, "kept lessons survive a new version");
        await page.Context.CloseAsync();
    }

    /// <summary>A new learner enrolled in <paramref name="courseId"/>, signed in, in a browser whose service workers run.</summary>
    private static async Task<IPage> LearnerAsync(string language, string courseId)
    {
        var email = $"offline-{Guid.NewGuid():N}@example.org";
        await using (var scope = SiteUnderTest.Services.CreateAsyncScope())
        {
            var account = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateOrUpdateAsync(new AccountRequest(email, "Offline Learner", "learner", Password, Language: language, EmailConfirmed: true));
            Assert.That(account.Errors, Is.Empty);
        }

        var context = await SiteUnderTest.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = language == "en" ? "en-GB" : "mn-MN",
            ServiceWorkers = ServiceWorkerPolicy.Allow,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(45_000);
        // Scripts, the worker and its caches come from the site alone.
        var foreign = new List<string>();
        context.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(SiteUnderTest.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        page.Close += (_, _) => Assert.That(foreign, Is.Empty, "requests to other hosts");

        await page.GotoAsync(SiteUnderTest.BaseUrl + "/account/sign-in?culture=" + language);
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button.primary");
        await page.WaitForURLAsync(SiteUnderTest.BaseUrl + "/");
        if (await page.GetAttributeAsync("html", "lang") != language)
        {
            await page.ClickAsync($"form.language-switch button[value={language}]");
        }

        await page.GotoAsync($"{SiteUnderTest.BaseUrl}/courses/{courseId}");
        await page.ClickAsync($"form[action='/courses/{courseId}/enrol'] button");
        await page.Locator("ol.modules a").First.WaitForAsync();
        return page;
    }

    private static async Task<bool> IsKeptAsync(IPage page, string path) =>
        await page.EvaluateAsync<bool>("path => caches.has('dice-kept').then(has => has && caches.open('dice-kept').then(c => c.match(path)).then(Boolean))", path);

    private static async Task WaitUntilKeptAsync(IPage page, string path) =>
        await page.WaitForFunctionAsync("path => caches.open('dice-kept').then(c => c.match(path)).then(Boolean)", path, new() { PollingInterval = 200 });

    private static async Task<bool> OpensAsync(IPage page, string path)
    {
        try
        {
            await page.GotoAsync(SiteUnderTest.BaseUrl + path);
            return await page.Locator("article h1").CountAsync() > 0;
        }
        catch (PlaywrightException)
        {
            return false; // The browser's own "no internet" error: nothing answered.
        }
    }

    private static async Task<Dice.Lms.Domain.Quizzes.QuizAttempt> AttemptAsync(string attemptUrl)
    {
        var id = long.Parse(attemptUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = SiteUnderTest.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LmsDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == id);
    }
}
