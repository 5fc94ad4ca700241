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
}
