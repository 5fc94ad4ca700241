using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// Every page each role reaches by following links from the home page, measured at 360 × 640 and at 320 px wide: the
/// heading within the first 120 px, nothing scrolling sideways, every target at least 24 × 24 px (WCAG 2.2, 2.5.8).
/// </summary>
public sealed partial class PhoneLayoutTests
{
    private const int HeadingTop = 120;
    private const int MaxPages = 45;

    // Downloads, one-use links and pages of another site area are not layout pages.
    private static readonly string[] Skip = ["/account/sign-out", "/offline", "/assets/", "/credentials/", "/email/unsubscribe", "/account/confirm-email", "/account/reset-password", "/certificates/", "/export", "/hangfire", ".pdf", "/keep"];

    // Bounding boxes of every target, and for each one too small the WCAG spacing test: a 24 px circle on its centre
    // touches no other target and no other small target's circle; links inside a sentence are exempt.
    private const string Targets = """
        () => {
            const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
                .map(e => ({ e, r: e.getBoundingClientRect(), s: getComputedStyle(e) }))
                .filter(t => t.r.width > 0 && t.r.height > 0 && t.s.visibility !== 'hidden' && t.r.right > 0 && t.r.bottom > 0);
            const small = t => t.r.width < 24 || t.r.height < 24;
            const centre = t => [t.r.left + t.r.width / 2, t.r.top + t.r.height / 2];
            const distance = ([x, y], r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
            const inSentence = t => t.s.display === 'inline' && t.e.parentElement
                && t.e.parentElement.textContent.trim().length > t.e.textContent.trim().length + 1;
            return all.filter(t => small(t) && !inSentence(t) && all.some(o => o !== t && (
                    distance(centre(t), o.r) < 12 || (small(o) && Math.hypot(centre(t)[0] - centre(o)[0], centre(t)[1] - centre(o)[1]) < 24))))
                .map(t => `${t.e.outerHTML.slice(0, 120)} is ${Math.round(t.r.width)}×${Math.round(t.r.height)}`);
        }
        """;

    private const string Overflow = """
        () => {
            const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
            const culprits = wide <= 0 ? [] : [...document.querySelectorAll('body *')]
                .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 3).map(e => e.outerHTML.slice(0, 100));
            const unreachable = [...document.querySelectorAll('*')]
                .filter(e => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e !== document.documentElement && e !== document.body)
                .filter(e => e.tabIndex < 0).map(e => 'not focusable: ' + e.outerHTML.slice(0, 80));
            return { wide, culprits, unreachable };
        }
        """;

    [TestCase(null)]
    [TestCase("learner@example.org")]
    [TestCase("trainer@example.org")]
    [TestCase("staff@example.org")]
    [TestCase("admin@example.org")]
    public async Task EveryPageFitsAPhone(string? email)
    {
        var page = await PageChecks.NewPageAsync();
        await page.SetViewportSizeAsync(360, 640);
        if (email is not null)
        {
            await AccessibilityTests.SignInAsync(page, email);
            await OpenAQuizAttemptAsync(page);
        }

        var problems = new List<string>();
        var seen = new HashSet<string>();
        var queue = new Queue<string>(["/", "/verify", "/privacy", "/self-assessment"]);
        var measured = 0;
        while (queue.TryDequeue(out var path) && measured < MaxPages)
        {
            if (!seen.Add(Template(path)))
            {
                continue;
            }

            var response = await page.GotoAsync(SiteUnderTest.BaseUrl + path);
            if (response is null || !(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal) || new Uri(page.Url).AbsolutePath != path.Split('?')[0])
            {
                continue;
            }

            measured++;
            var headings = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('h1')].map(h => h.getBoundingClientRect().top + scrollY)");
            if (headings.Length != 1 || headings[0] > HeadingTop)
            {
                problems.Add($"{path} at 360: h1 tops {string.Join(", ", headings.Select(h => Math.Round(h)))} (one, ≤ {HeadingTop})");
            }

            if (await page.EvaluateAsync<int>("() => document.querySelector('meta[name=description]')?.content.trim().length ?? 0") < 50)
            {
                problems.Add($"{path}: no meta description (search results show it)");
            }

            await page.AssertAccessibleAsync();
            foreach (var width in new[] { 360, 320 })
            {
                await page.SetViewportSizeAsync(width, 640);
                problems.AddRange((await page.EvaluateAsync<string[]>(Targets)).Select(t => $"{path} at {width}: {t}"));
                var overflow = await page.EvaluateAsync<JsonElement>(Overflow);
                if (overflow.GetProperty("wide").GetDouble() > 0)
                {
                    problems.Add($"{path} at {width}: scrolls sideways by {overflow.GetProperty("wide")} px: {overflow.GetProperty("culprits")}");
                }

                problems.AddRange(overflow.GetProperty("unreachable").EnumerateArray().Select(u => $"{path} at {width}: {u}"));
            }

            await page.SetViewportSizeAsync(360, 640);
            foreach (var href in await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !Skip.Any(s => href.Contains(s, StringComparison.Ordinal)) && !href.Contains("culture=", StringComparison.Ordinal))
                {
                    queue.Enqueue(href.Split('#')[0]);
                }
            }
        }

        Assert.That(measured, Is.GreaterThanOrEqualTo(email is null ? 6 : 10), "pages reached: " + string.Join(" ", seen));
        Assert.That(problems, Is.Empty);
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task ThePhoneMenuOpensWithoutJavaScriptAndTheDesktopShowsItAll()
    {
        var page = await PageChecks.NewPageAsync(javaScript: false);
        await AccessibilityTests.SignInAsync(page, "staff@example.org");
        await page.SetViewportSizeAsync(360, 640);
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/staff/cohorts");
        var cohorts = page.Locator("header a[href='/staff/proficiency']");
        Assert.That(await cohorts.IsVisibleAsync(), Is.False, "folded on a phone");
        Assert.That(await page.Locator("header .section").TextContentAsync(), Is.EqualTo("Бүлгүүд"), "the current section is named");
        Assert.That(await page.Locator("header a[href='/staff/cohorts']").GetAttributeAsync("aria-current"), Is.EqualTo("page"));

        await page.ClickAsync("header summary");
        Assert.That(await cohorts.IsVisibleAsync(), Is.True, "opened by the summary alone");
        await cohorts.ClickAsync();
        Assert.That(page.Url, Does.EndWith("/staff/proficiency"));

        await page.SetViewportSizeAsync(1280, 800);
        Assert.That(await page.Locator("header summary").IsVisibleAsync(), Is.False);
        foreach (var link in await page.Locator("header a, header button").AllAsync())
        {
            Assert.That(await link.IsVisibleAsync(), Is.True, await link.EvaluateAsync<string>("e => e.outerHTML"));
        }

        await page.Context.CloseAsync();
    }

    /// <summary>Starts (or resumes) a quiz so the attempt page is among the learner's pages.</summary>
    private static async Task OpenAQuizAttemptAsync(IPage page)
    {
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/courses/problem-solving/modules/when-something-breaks/quiz");
        var start = page.Locator("form[action$='/quiz/start'] button");
        if (await start.CountAsync() > 0)
        {
            await start.ClickAsync();
            await page.ClickAsync("button[value=save]");
        }
    }

    // Pages alike but for an id are measured once.
    private static string Template(string path) => IdSegment().Replace(path.Split('?')[0], "$1/*");

    [GeneratedRegex(@"(/(?:courses|modules|cohorts|organizations|attempts|verify|users|history|certificates)|/staff/certificates)/[^/]+")]
    private static partial Regex IdSegment();
}
