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
        Assert.That(await page.Locator("svg[role=img]").CountAsync(), Is.EqualTo(1));
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
