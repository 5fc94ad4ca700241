using Dice.Lms.Infrastructure.Content;
using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

/// <summary>Every XSS payload rendered by the lesson pipeline, loaded in Chromium with scripts on: nothing may run.</summary>
public sealed class XssTests
{
    [Test]
    public async Task NoPayloadRunsInTheBrowser()
    {
        var renderer = new ModuleRenderer();
        var body = string.Join("\n<hr>\n", XssPayloads.All.Select((payload, i) =>
            $"<section id=\"p{i}\">{renderer.Render(payload, "en", url => url.StartsWith("images/", StringComparison.Ordinal) ? "/assets/" + url : null)}</section>"));
        // A trap the payloads' scripts would spring: alert, confirm, prompt and print all set a flag.
        var html = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>XSS</title><script>window.__xss=[];" +
            "for (const f of ['alert','confirm','prompt','print']) window[f] = (...a) => window.__xss.push(f + ':' + a.join(','));</script>" +
            $"</head><body>{body}</body></html>";
        var page = await PageChecks.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        // Hover and focus every element, for payloads waiting on onmouseover / onfocus / autofocus.
        await page.EvaluateAsync("() => { for (const e of document.querySelectorAll('body *')) { e.dispatchEvent(new MouseEvent('mouseover', {bubbles:true})); if (e.focus) e.focus(); } }");
        await page.WaitForTimeoutAsync(500);

        Assert.That(XssPayloads.All, Has.Count.GreaterThanOrEqualTo(300));
        Assert.That(dialogs, Is.Empty);
        Assert.That(await page.EvaluateAsync<string[]>("() => window.__xss"), Is.Empty);
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('body [href], body [src], body [action], body [formaction]')].map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction'))");
        Assert.That(hrefs.Where(h => h.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || h.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase) || h.TrimStart().StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)), Is.Empty);
        await page.Context.CloseAsync();
    }
}
