using Dice.Lms.Infrastructure.Proficiency;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Browser.Tests;

public sealed class SelfAssessmentPageTests
{
    [TestCase("mn")]
    [TestCase("en")]
    public async Task SelfAssessmentAndLevelsHaveNoAxeViolations(string language)
    {
        var page = await PageChecks.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, "learner@example.org");
        foreach (var path in new[] { "/self-assessment", "/my/levels" })
        {
            await page.GotoAsync($"{SiteUnderTest.BaseUrl}{path}?culture={language}");
            await page.AssertAccessibleAsync();
        }

        await page.Context.CloseAsync();
    }

    [TestCase("mn")]
    [TestCase("en")]
    public async Task TheProficiencyDashboardHasNoAxeViolations(string language)
    {
        await using (var scope = SiteUnderTest.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
        }

        var page = await PageChecks.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, "staff@example.org");
        await page.GotoAsync($"{SiteUnderTest.BaseUrl}/staff/proficiency?culture={language}");
        Assert.That(await page.Locator("svg[role=img]").CountAsync(), Is.EqualTo(12), "paired bars and trend, one of each per area");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task TheDashboardReadsWithoutJavaScriptOnAPhoneWithNoLabelCut()
    {
        await using (var scope = SiteUnderTest.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
        }

        var page = await PageChecks.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(360, 800);
        await AccessibilityTests.SignInAsync(page, "staff@example.org");
        await page.GotoAsync($"{SiteUnderTest.BaseUrl}/staff/proficiency");

        Assert.That(await page.Locator("main h2").First.GetAttributeAsync("id"), Is.EqualTo("headline"), "the headline first");
        Assert.That(await page.Locator("table.headline tbody tr").CountAsync(), Is.EqualTo(6));
        foreach (var caption in await page.Locator(".area-bars figcaption, .area-trend figcaption").AllAsync())
        {
            var box = await caption.BoundingBoxAsync();
            Assert.That(box!.X + box.Width, Is.LessThanOrEqualTo(360), await caption.TextContentAsync());
        }

        var chart = await page.Locator(".area-bars svg").First.BoundingBoxAsync();
        Assert.That(chart!.X + chart.Width, Is.LessThanOrEqualTo(360), "charts fit a 360-pixel screen");
        await page.Context.CloseAsync();
    }
}
