using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>Staff see the published module texts whose facts are due for another check, without JavaScript.</summary>
public sealed class ModuleReviewTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task StaffSeeModulesReviewedOverTwelveMonthsAgoOrNeverAndNotTheCurrentOnes()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var old = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-13).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE ModuleVersionTexts SET Reviewed = {0} WHERE Language = 'en' AND VersionId = (SELECT CurrentVersionId FROM Modules WHERE Id = 'strong-passwords')", old);
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE ModuleVersionTexts SET Reviewed = NULL WHERE Language = 'mn' AND VersionId = (SELECT CurrentVersionId FROM Modules WHERE Id = 'phishing-and-scams')");
        }

        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var page = await staff.GetPageAsync("/staff/reviews");
        var rows = page.QuerySelectorAll("table[aria-labelledby=reviews-caption] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(2), string.Join(" | ", rows));
            Assert.That(rows[0], Does.Contain("шалгаагүй").And.Contain("монгол"), "never reviewed comes first, in the reader's language");
            Assert.That(rows[1], Does.Contain("англи"));
            Assert.That(page.QuerySelector("a[href='/staff/reviews']"), Is.Not.Null, "linked from the staff menu");
            Assert.That(page.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")),
                Does.Contain("/authoring/courses/safety/modules/strong-passwords?language=en"));
        });

        var english = await staff.GetPageAsync("/staff/reviews?culture=en");
        Assert.That(english.QuerySelector("caption")?.TextContent, Is.EqualTo("2 module texts due for review"));
    }

    [Test]
    public async Task LearnersAndTrainersCannotSeeIt()
    {
        var learner = await _factory.ClientForRoleAsync(Roles.Learner);
        var response = await learner.GetAsync("/staff/reviews");
        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }
}
