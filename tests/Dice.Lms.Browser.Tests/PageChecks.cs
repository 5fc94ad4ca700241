using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

public static class PageChecks
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, object> WithoutJavaScript = [];

    /// <summary>A new page that fails the test if it asks any host but the site under test.</summary>
    /// <param name="storageState">Cookies and storage of another context (its <c>StorageStateAsync</c>), to be the same person.</param>
    /// <param name="bypassCsp">Ignore the site's Content-Security-Policy, so that only escaping stops an injected script.</param>
    public static async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "mn-MN", string? storageState = null, bool bypassCsp = false)
    {
        var context = await SiteUnderTest.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            Locale = locale,
            StorageState = storageState,
            BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        // Generous: the browser tests share two cores with the site and the other test projects, and a sign-in
        // (a deliberately slow password hash) once took longer than 15 s there. A real hang still fails.
        page.SetDefaultTimeout(45_000);
        if (!javaScript)
        {
            WithoutJavaScript.Add(page, true);
        }

        var foreign = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(SiteUnderTest.BaseUrl, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                foreign.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Close += (_, _) => Assert.That(foreign, Is.Empty, "requests to other hosts");
        return page;
    }

    /// <summary>Runs axe-core (WCAG 2.0–2.2 A and AA rules) and fails with each violation described. Needs JavaScript.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // axe runs as a script: on a page without JavaScript it would wait forever.
        Assert.That(WithoutJavaScript.TryGetValue(page, out _), Is.False, "axe needs a page with JavaScript enabled");
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        var violations = results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})").ToList();
        Assert.That(violations, Is.Empty, $"axe on {page.Url}");
    }
}
