using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

public sealed class AccessibilityTests
{
    [TestCase("/", "mn")]
    [TestCase("/", "en")]
    [TestCase("/account/sign-in", "mn")]
    [TestCase("/account/sign-in", "en")]
    [TestCase("/account/sign-up", "mn")]
    [TestCase("/account/sign-up", "en")]
    [TestCase("/account/forgot-password", "mn")]
    [TestCase("/no/such/page", "en")]
    [TestCase("/privacy", "mn")]
    [TestCase("/privacy", "en")]
    public async Task PublicPagesHaveNoAxeViolations(string path, string language)
    {
        var page = await PageChecks.NewPageAsync();
        await page.GotoAsync($"{SiteUnderTest.BaseUrl}{path}?culture={language}");

        Assert.That(await page.GetAttributeAsync("html", "lang"), Is.EqualTo(language));
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task SignUpErrorsAreAnnouncedAndAccessible()
    {
        // The form has novalidate, so the server's messages show whether or not scripts run; axe itself needs them.
        var page = await PageChecks.NewPageAsync();
        await page.GotoAsync($"{SiteUnderTest.BaseUrl}/account/sign-up");
        await page.ClickAsync("button.primary");

        Assert.That(await page.Locator("#FullName").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task StaffPagesHaveNoAxeViolations()
    {
        var page = await PageChecks.NewPageAsync();
        await SignInAsync(page, "admin@example.org");
        foreach (var path in new[] { "/staff/cohorts", "/staff/cohorts/new", "/staff/organizations", "/staff/organizations/new", "/admin/users", "/admin/audit", "/admin/audit?from=2026-12-05&to=2026-12-01", "/staff/erasure-requests", "/staff/proficiency", "/staff/failed-emails", "/staff/reviews", "/account/data", "/account/password", "/my/email-preferences" })
        {
            await page.GotoAsync(SiteUnderTest.BaseUrl + path);
            await page.AssertAccessibleAsync();
        }

        await page.GotoAsync(SiteUnderTest.BaseUrl + "/staff/cohorts");
        await page.ClickAsync("td a");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [TestCase("mn")]
    [TestCase("en")]
    public async Task FailedAndUnconfirmedEmailsAreListedAccessibly(string language)
    {
        await using (var scope = SiteUnderTest.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            await outbox.QueueAsync($"a11y-refused-{language}", $"refused-{language}@example.org", "Refused", "Сануулга", "Body", null, "reminder", null);
            await outbox.QueueAsync($"a11y-interrupted-{language}", $"interrupted-{language}@example.org", "Interrupted", "Гэрчилгээ", "Body", null, "certificate", null);
            var refused = db.OutboxEmails.Local.Single(e => e.Key == $"a11y-refused-{language}");
            var interrupted = db.OutboxEmails.Local.Single(e => e.Key == $"a11y-interrupted-{language}");
            refused.MarkFailed("550 no such user", permanent: true, DateTime.UtcNow);
            interrupted.MarkHandedOver(DateTime.UtcNow);
            interrupted.MarkUnconfirmed("the connection broke before the server answered");
            await db.SaveChangesAsync();
        }

        var page = await PageChecks.NewPageAsync();
        await SignInAsync(page, "admin@example.org");
        await page.GotoAsync($"{SiteUnderTest.BaseUrl}/staff/failed-emails?culture={language}");

        Assert.That(await page.Locator("table[aria-labelledby=failed-caption] tbody").InnerTextAsync(), Does.Contain($"refused-{language}@example.org"));
        Assert.That(await page.Locator("table[aria-labelledby=unconfirmed-caption] tbody").InnerTextAsync(), Does.Contain($"interrupted-{language}@example.org"));
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task TheSkipLinkIsTheFirstThingTheKeyboardReaches()
    {
        var page = await PageChecks.NewPageAsync();
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/");
        await page.Keyboard.PressAsync("Tab");

        Assert.That(await page.EvaluateAsync<string>("document.activeElement.className"), Is.EqualTo("skip-link"));
        await page.Keyboard.PressAsync("Enter");
        Assert.That(await page.EvaluateAsync<string>("document.activeElement.id"), Is.EqualTo("main"));
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task LanguageSwitchWorksWithoutJavaScript()
    {
        var page = await PageChecks.NewPageAsync(javaScript: false);
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/account/sign-in");
        await page.ClickAsync("button[lang=en]");

        Assert.That(page.Url, Does.EndWith("/account/sign-in"));
        Assert.That(await page.GetAttributeAsync("html", "lang"), Is.EqualTo("en"));
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/");
        Assert.That(await page.GetAttributeAsync("html", "lang"), Is.EqualTo("en"), "the choice is remembered");
        await page.Context.CloseAsync();
    }

    internal static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/account/sign-in");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "dice-demo-2026");
        await page.ClickAsync("button.primary");
        await page.WaitForURLAsync(SiteUnderTest.BaseUrl + "/");
    }
}
