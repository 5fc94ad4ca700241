namespace Dice.Lms.Browser.Tests;

/// <summary>Course pages in Chromium: axe in both languages, reading without JavaScript, the offline file.</summary>
public sealed class ReadingTests
{
    [TestCase("mn")]
    [TestCase("en")]
    public async Task CataloguePagesHaveNoAxeViolations(string language)
    {
        var page = await PageChecks.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, "learner@example.org");
        foreach (var path in new[] { "/courses", "/courses/safety", "/courses/safety/modules/strong-passwords", "/courses/content-creation/modules/accessible-poster-on-phone" })
        {
            await page.GotoAsync($"{SiteUnderTest.BaseUrl}{path}?culture={language}");
            Assert.That(await page.GetAttributeAsync("html", "lang"), Is.EqualTo(language));
            await page.AssertAccessibleAsync();
        }

        await page.Context.CloseAsync();
    }

    [TestCase("mn")]
    [TestCase("en")]
    public async Task TheOfflineCourseHasNoAxeViolations(string language)
    {
        var page = await PageChecks.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, "learner@example.org");
        var response = await page.APIRequest.GetAsync($"{SiteUnderTest.BaseUrl}/courses/problem-solving/offline?culture={language}");
        Assert.That(response.Status, Is.EqualTo(200));
        var html = await response.TextAsync();

        // Opened like a downloaded file: no site policy around it, only the one the file carries.
        await page.GotoAsync("about:blank");
        await page.SetContentAsync(html);
        Assert.That(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).maxWidth"), Is.EqualTo("768px"), "the inline style is allowed by its hash");
        Assert.That(await page.GetAttributeAsync("html", "lang"), Is.EqualTo(language));
        Assert.That(await page.Locator("main > section").CountAsync(), Is.EqualTo(6));
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task ALearnerReadsAndCompletesAModuleWithoutJavaScript()
    {
        var page = await PageChecks.NewPageAsync(javaScript: false);
        await AccessibilityTests.SignInAsync(page, "learner@example.org");
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/courses/devices");
        await page.ClickAsync("a.button.primary");
        var first = page.Url;
        await page.ClickAsync("form[action$='/complete'] button");

        Assert.That(page.Url, Is.Not.EqualTo(first), "moves on to the next module");
        await page.GotoAsync(first);
        Assert.That(await page.Locator(".module-actions .badge").CountAsync(), Is.EqualTo(1), "the first module shows as completed");
        await page.Context.CloseAsync();
    }
}
