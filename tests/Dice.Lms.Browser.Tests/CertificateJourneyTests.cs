using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Web.Startup;
using Dice.Lms.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

/// <summary>The issue's "done when": a learner who completed a course gets a certificate from staff, and its QR code verifies.</summary>
public sealed class CertificateJourneyTests
{
    private const string Course = "safety";
    private const string Name = "Батбаярын Оюунцэцэг";
    private const string Email = "certificate-journey@example.org";
    private const string Password = "journey-password-2026";

    [Test]
    public async Task StaffIssueTheLearnerDownloadsAndTheQrCodeVerifiesUntilRevoked()
    {
        var learnerId = await LearnerWhoCompletedAsync();

        // Staff find the learner eligible in the demo cohort and issue the certificate.
        var staff = await PageChecks.NewPageAsync();
        await AccessibilityTests.SignInAsync(staff, "staff@example.org");
        await staff.GotoAsync($"{SiteUnderTest.BaseUrl}/staff/certificates?culture=mn");
        await staff.AssertAccessibleAsync();
        // The demo cohort's link: the baseline demo cohorts teach the same course.
        await staff.Locator($"a[href$='/{Course}']", new() { HasText = Dice.Lms.Web.Startup.DemoSeed.CohortName }).ClickAsync();
        var row = staff.Locator($"tr[data-learner='{Email}']");
        Assert.That(await row.Locator(".certificate-state").TextContentAsync(), Is.EqualTo("Олгох боломжтой"));
        await staff.AssertAccessibleAsync();
        await row.Locator("form[action$='/issue'] button").ClickAsync();
        Assert.That(await row.Locator(".certificate-state").TextContentAsync(), Is.EqualTo("Олгосон"));
        await staff.AssertAccessibleAsync();
        var staffPageUrl = staff.Url;

        // The learner downloads the PDF from "My certificates".
        var learner = await PageChecks.NewPageAsync();
        await SignInAsync(learner);
        await learner.GotoAsync($"{SiteUnderTest.BaseUrl}/my/certificates");
        await learner.AssertAccessibleAsync();
        var certificate = await DownloadedCertificate.ReadAsync(await learner.RunAndWaitForDownloadAsync(() => learner.ClickAsync("a[href$='/pdf']")));
        Assert.That(certificate.Text, Does.Contain(Name));
        var verifyUrl = certificate.VerifyUrl;

        // Anyone (no account) opens the QR code's URL.
        var visitor = await PageChecks.NewPageAsync();
        await visitor.GotoAsync(verifyUrl);
        Assert.That(await visitor.Locator("#verify-result").TextContentAsync(), Is.EqualTo("Хүчинтэй гэрчилгээ"));
        Assert.That(await visitor.Locator(".verify-result dl").TextContentAsync(), Does.Contain(Name));
        await visitor.AssertAccessibleAsync();

        // Staff revoke it with a reason; the same URL now says revoked.
        await staff.GotoAsync(staffPageUrl);
        await row.Locator("a[href$='/revoke']").ClickAsync();
        Assert.That(await staff.Locator("h1").TextContentAsync(), Is.EqualTo("Гэрчилгээг хүчингүй болгох уу?"), "revoking asks first, on a page of its own");
        await staff.AssertAccessibleAsync();
        await staff.Locator("input[name=reason]").FillAsync("Буруу олгосон");
        await staff.Locator("form.confirm-form button[type=submit]").ClickAsync();
        Assert.That(await row.Locator(".certificate-state").TextContentAsync(), Is.EqualTo("Хүчингүй болгосон"));
        await visitor.GotoAsync(verifyUrl);
        Assert.That(await visitor.Locator("#verify-result").TextContentAsync(), Is.EqualTo("Хүчингүй болсон гэрчилгээ"));
        await visitor.AssertAccessibleAsync();

        // The same pages in English.
        await visitor.GotoAsync(verifyUrl + "?culture=en");
        Assert.That(await visitor.Locator("#verify-result").TextContentAsync(), Is.EqualTo("Revoked certificate"));
        await visitor.AssertAccessibleAsync();
        await visitor.GotoAsync($"{SiteUnderTest.BaseUrl}/verify?code=no-such-code&culture=en");
        Assert.That(await visitor.Locator("#verify-result").TextContentAsync(), Is.EqualTo("Certificate not found"));
        await visitor.AssertAccessibleAsync();
        await learner.GotoAsync($"{SiteUnderTest.BaseUrl}/my/certificates?culture=en");
        await learner.AssertAccessibleAsync();
        await staff.GotoAsync(staffPageUrl + "?culture=en");
        await staff.AssertAccessibleAsync();

        foreach (var p in new[] { staff, learner, visitor })
        {
            await p.Context.CloseAsync();
        }

        Assert.That(learnerId, Is.Not.Empty);
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/account/sign-in");
        await page.FillAsync("#Email", Email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button.primary");
    }

    /// <summary>A member of the demo cohort who completed every module of the course and passed every quiz, set up in the database.</summary>
    private static async Task<string> LearnerWhoCompletedAsync()
    {
        await using var scope = SiteUnderTest.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateOrUpdateAsync(new AccountRequest(Email, Name, "learner", Password, null, DemoSeed.CohortName, EmailConfirmed: true));
        Assert.That(account.Errors, Is.Empty);
        var learnerId = account.User!.Id;
        await SiteUnderTest.Services.CompleteCourseAsync(learnerId, Course);
        return learnerId;
    }
}
