using AngleSharp.Html.Dom;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Infrastructure.Time;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Dice.Lms.Web.Tests;

/// <summary>Stored moments are UTC; every page shows them in Lms:TimeZone (Ulaanbaatar, UTC+8), and no learner reads "UTC".</summary>
public sealed class LocalTimeTests
{
    private static readonly DateTime Stored = new(2026, 12, 4, 19, 59, 0, DateTimeKind.Unspecified);

    [Test]
    public void UlaanbaatarIsEightHoursAheadAndTheDayFollowsIt()
    {
        var time = new LocalTime(MsOptions.Create(new LmsOptions()), TimeProvider.System);

        Assert.Multiple(() =>
        {
            Assert.That(time.DateTime(Stored), Is.EqualTo("2026-12-05 03:59"));
            Assert.That(time.Date(Stored), Is.EqualTo("2026-12-05"), "an evening in UTC is the next morning in Mongolia");
            Assert.That(time.Day(Stored), Is.EqualTo(new DateOnly(2026, 12, 5)));
            Assert.That(time.Machine(Stored), Is.EqualTo("2026-12-05T03:59:00+08:00"));
        });
    }

    [Test]
    public void TheZoneIsConfigurable()
    {
        var time = new LocalTime(MsOptions.Create(new LmsOptions { TimeZone = "Europe/London" }), TimeProvider.System);

        Assert.That(time.DateTime(Stored), Is.EqualTo("2026-12-04 19:59"));
    }

    [Test]
    public async Task ALearnersPagesShowUlaanbaatarTimeAndNeverUtc()
    {
        using var factory = LmsWebFactory.WithShippedContent();
        var email = $"learner-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email, Roles.Learner);
        var client = await factory.SignedInClientAsync(email);
        const string quiz = "/courses/safety/modules/strong-passwords/quiz";
        await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        var start = await client.SubmitFormAsync(quiz, quiz + "/start", new Dictionary<string, string>());
        var attempt = start.Headers.Location!.OriginalString;
        await client.SubmitFormAsync(attempt, attempt, new Dictionary<string, string> { ["action"] = "submit" });
        await client.SubmitFormAsync("/account/data/erasure", "/account/data/erasure", new Dictionary<string, string>());

        // The attempt and the erasure request happened "now"; move them to a known evening in UTC.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var id = (await scope.ServiceProvider.GetRequiredService<UserManager<LmsUser>>().FindByEmailAsync(email))!.Id;
            await db.QuizAttempts.Where(a => a.LearnerId == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.StartedAt, Stored));
            await db.ErasureRequests.Where(r => r.UserId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RequestedAt, Stored));
        }

        var overview = await client.GetPageAsync(quiz);
        Assert.That(overview.QuerySelector("main")!.TextContent, Does.Contain("2026-12-05 03:59"));
        var data = await client.GetPageAsync("/account/data");
        Assert.That(data.QuerySelector("main")!.TextContent, Does.Contain("2026-12-05"));

        foreach (var url in new[] { "/", "/courses", "/courses/safety", "/courses/safety/modules/strong-passwords", quiz, attempt + "/review", "/my/certificates", "/my/levels", "/account/data", "/self-assessment" })
        {
            var page = await client.GetPageAsync(url);
            Assert.That(Visible(page), Does.Not.Contain("UTC"), url);
        }
    }

    private static string Visible(IHtmlDocument page) => page.Body!.TextContent;
}
