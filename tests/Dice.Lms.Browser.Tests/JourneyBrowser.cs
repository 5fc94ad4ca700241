using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// One person's browser in a journey. Acts with the mouse or with the keyboard alone, and on every page it arrives at
/// checks the language and runs axe (in <see cref="JourneyMode.NoScript"/> it records the page for
/// <see cref="CheckVisitedPagesAsync"/>, because axe needs scripts).
/// </summary>
public sealed class JourneyBrowser
{
    // Enough for the longest page of a journey (a header of links and a 16-question self-assessment) twice over.
    private const int MaxTabs = 250;

    // The structure of every page axe has passed, per language: the journeys pass through the same pages in several runs.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Checked = new();

    // A page's structure: its language, path and every element's tag, id, classes, attribute names and emptiness. Axe
    // judges structure, styles (by class) and whether names are empty, so two pages alike in these get the same verdict.
    private const string Structure = """
        () => document.documentElement.lang + location.pathname.replace(/\d+/g, 'N') + [...document.querySelectorAll('*')]
            .map(e => `${e.tagName}#${e.id}.${e.className}[${[...e.attributes].map(a => a.name).sort().join(',')}]${e.children.length === 0 && !e.textContent.trim() ? '-' : ''}`)
            .join('|')
        """;

    private readonly List<string> _visited = [];
    private bool _languageChosen;

    private JourneyBrowser(IPage page, JourneyMode mode, string language)
    {
        Page = page;
        Mode = mode;
        Language = language;
    }

    public IPage Page { get; }

    public JourneyMode Mode { get; }

    /// <summary>"mn" or "en": every page after <see cref="ChooseLanguageAsync"/> must be in it.</summary>
    public string Language { get; }

    public static async Task<JourneyBrowser> OpenAsync(JourneyMode mode, string language) =>
        new(await PageChecks.NewPageAsync(javaScript: mode != JourneyMode.NoScript), mode, language);

    /// <summary>Opens a URL as if typed into the address bar (or scanned from a QR code).</summary>
    public async Task GotoAsync(string pathOrUrl)
    {
        await Page.GotoAsync(pathOrUrl.StartsWith("http", StringComparison.Ordinal) ? pathOrUrl : SiteUnderTest.BaseUrl + pathOrUrl);
        await ArrivedAsync();
    }

    /// <summary>Switches the site to <see cref="Language"/> with the header's language button, if it is not already.</summary>
    public async Task ChooseLanguageAsync()
    {
        if (await Page.GetAttributeAsync("html", "lang") != Language)
        {
            await FollowAsync(Page.Locator($"form.language-switch button[value={Language}]"));
        }

        Assert.That(await Page.GetAttributeAsync("html", "lang"), Is.EqualTo(Language));
        _languageChosen = true;
    }

    /// <summary>Follows a link or presses a submit button, and waits for the page it leads to.</summary>
    public async Task FollowAsync(ILocator target)
    {
        // The main frame commits a new document once, after any redirects (a POST answered with a redirect to the same URL too).
        var navigated = new TaskCompletionSource();
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == Page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        Page.FrameNavigated += OnNavigated;
        try
        {
            await PressAsync(target);
            await navigated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            Page.FrameNavigated -= OnNavigated;
        }

        await Page.WaitForLoadStateAsync(LoadState.Load);
        await ArrivedAsync();
    }

    public async Task<IDownload> DownloadAsync(ILocator target) => await Page.RunAndWaitForDownloadAsync(() => PressAsync(target));

    public async Task FillAsync(ILocator field, string text)
    {
        if (Mode == JourneyMode.Keyboard)
        {
            await TabToAsync(field, "e => e === document.activeElement");
            await Page.Keyboard.PressAsync("ControlOrMeta+A");
            await Page.Keyboard.InsertTextAsync(text);
        }
        else
        {
            await field.FillAsync(text);
        }

        Assert.That(await field.InputValueAsync(), Is.EqualTo(text));
    }

    /// <summary>Checks a checkbox or chooses a radio button.</summary>
    public async Task CheckAsync(ILocator choice)
    {
        if (Mode != JourneyMode.Keyboard)
        {
            await choice.CheckAsync();
        }
        else if (await choice.GetAttributeAsync("type") == "radio")
        {
            // Tab enters a radio group once; the arrow keys move (and choose) within it.
            await TabToAsync(choice, "e => document.activeElement?.type === 'radio' && document.activeElement.name === e.name");
            for (var i = 0; i < 20 && !await IsFocusedAsync(choice); i++)
            {
                await Page.Keyboard.PressAsync("ArrowDown");
            }

            Assert.That(await IsFocusedAsync(choice), Is.True, $"the arrow keys never reach {await DescribeAsync(choice)} on {Page.Url}");
            await AssertFocusVisibleAsync();
            if (!await choice.IsCheckedAsync())
            {
                await Page.Keyboard.PressAsync("Space");
            }
        }
        else
        {
            await TabToAsync(choice, "e => e === document.activeElement");
            await Page.Keyboard.PressAsync("Space");
        }

        Assert.That(await choice.IsCheckedAsync(), Is.True);
    }

    /// <summary>
    /// Runs axe on every page a <see cref="JourneyMode.NoScript"/> browser visited, in a browser with scripts that has the
    /// same cookies (so the same person and language).
    /// </summary>
    public async Task CheckVisitedPagesAsync()
    {
        if (Mode != JourneyMode.NoScript)
        {
            return;
        }

        var page = await PageChecks.NewPageAsync(storageState: await Page.Context.StorageStateAsync());
        foreach (var url in _visited.Distinct())
        {
            await page.GotoAsync(url);
            await AssertAccessibleAsync(page);
        }

        await page.Context.CloseAsync();
    }

    public async Task CloseAsync() => await Page.Context.CloseAsync();

    private async Task PressAsync(ILocator target)
    {
        if (Mode == JourneyMode.Keyboard)
        {
            await TabToAsync(target, "e => e === document.activeElement");
            await Page.Keyboard.PressAsync("Enter");
        }
        else
        {
            await target.ClickAsync();
        }
    }

    /// <summary>Presses Tab until <paramref name="reached"/> holds for the target; fails when the keyboard cannot get there.</summary>
    private async Task TabToAsync(ILocator target, string reached)
    {
        await target.WaitForAsync();
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await target.EvaluateAsync<bool>(reached))
            {
                await AssertFocusVisibleAsync();
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{await DescribeAsync(target)} cannot be reached with the Tab key on {Page.Url}");
    }

    /// <summary>Axe, unless a page of the same structure in the same language has already passed it.</summary>
    private static async Task AssertAccessibleAsync(IPage page)
    {
        if (Checked.TryAdd(await page.EvaluateAsync<string>(Structure), true))
        {
            await page.AssertAccessibleAsync();
        }
    }

    /// <summary>WCAG 2.4.7: the element the keyboard is on is on screen and outlined.</summary>
    private async Task AssertFocusVisibleAsync()
    {
        var shown = await Page.EvaluateAsync<bool>("""
            () => {
                const e = document.activeElement, box = e.getBoundingClientRect(), style = getComputedStyle(e);
                return box.width > 0 && box.height > 0 && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
            }
            """);
        Assert.That(shown, Is.True, () => $"no visible focus on {Page.Url}");
    }

    private static async Task<bool> IsFocusedAsync(ILocator target) => await target.EvaluateAsync<bool>("e => e === document.activeElement");

    private static async Task<string> DescribeAsync(ILocator target) => await target.EvaluateAsync<string>("e => e.outerHTML.slice(0, 200)");

    private async Task ArrivedAsync()
    {
        _visited.Add(Page.Url);
        if (_languageChosen)
        {
            Assert.That(await Page.GetAttributeAsync("html", "lang"), Is.EqualTo(Language), $"the language of {Page.Url}");
        }

        if (Mode != JourneyMode.NoScript)
        {
            await AssertAccessibleAsync(Page);
        }
    }
}
