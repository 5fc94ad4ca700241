using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// Staff add a learner; the learner opens the invitation e-mail on a phone, chooses a password and is on their own
/// home, signed in: open the link, type, one tap.
/// </summary>
public sealed class InvitationJourneyTests
{
    private const string Learner = "invited-journey@example.org";

    [Test]
    public async Task AnInvitedLearnerGoesFromTheEmailToTheirHomeOnAPhone()
    {
        var cohortName = $"Урилгын бүлэг {Guid.NewGuid():N}"[..24];
        int cohortId;
        await using (var scope = SiteUnderTest.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var cohort = new Cohort(cohortName, null, null, null, JoinCodes.New());
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            cohortId = cohort.Id;
        }

        // Staff add the learner through the cohort's form.
        var staff = await PageChecks.NewPageAsync();
        await AccessibilityTests.SignInAsync(staff, "staff@example.org");
        await staff.GotoAsync($"{SiteUnderTest.BaseUrl}/staff/cohorts/{cohortId}");
        await staff.FillAsync("#member-email", Learner);
        await staff.FillAsync("#member-name", "Туяагийн Номин");
        await staff.ClickAsync("form[action$='/members'] button[type=submit]");
        await staff.WaitForURLAsync($"{SiteUnderTest.BaseUrl}/staff/cohorts/{cohortId}");

        var invitation = await InvitationAsync();
        Assert.That(invitation.TextBody, Does.Contain($"«{cohortName}»").And.Contain("Оюунчимэг Лхагва").And.Contain("7 хоног"));
        Assert.That(invitation.TextBody, Does.Not.Contain("гаргаагүй бол"));
        var link = invitation.TextBody.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/account/reset-password?", StringComparison.Ordinal));
        var url = SiteUnderTest.BaseUrl + new Uri(link).PathAndQuery;

        // On a phone: the link, a password, one tap.
        var context = await SiteUnderTest.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 640 }, Locale = "mn-MN" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(url);
        Assert.That(await phone.InputValueAsync("#Email"), Is.EqualTo(Learner), "the address is filled in");
        await phone.AssertAccessibleAsync();
        await phone.FillAsync("#Password", "номин сурч эхэллээ 2026");
        await phone.ClickAsync("form[action='/account/reset-password'] button.primary");
        await phone.WaitForURLAsync(SiteUnderTest.BaseUrl + "/");

        Assert.That(await phone.Locator("#my-courses").CountAsync(), Is.EqualTo(1), "signed in, on their own home");
        Assert.That(await phone.Locator("a[href='/self-assessment']").CountAsync(), Is.GreaterThan(0), "the baseline prompt");
        Assert.That(await phone.Locator("main").TextContentAsync(), Does.Not.Contain("UTC"));
        await phone.AssertAccessibleAsync();
        await context.CloseAsync();
        await staff.Context.CloseAsync();
    }

    private static async Task<MimeMessage> InvitationAsync()
    {
        var folder = Path.Combine(SiteUnderTest.Folder, "mail");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var scope = SiteUnderTest.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<EmailDeliveryJob>().RunAsync(CancellationToken.None);
            }

            var found = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f)).FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == Learner))
                : null;
            if (found is not null)
            {
                return found;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the invitation never reached the pickup folder");
            await Task.Delay(500);
        }
    }
}
