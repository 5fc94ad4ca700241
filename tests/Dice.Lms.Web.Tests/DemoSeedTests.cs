using System.Net;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Email;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Web.Startup;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>The first run in Development: the shipped courses, the demo accounts and the two baseline-shaped cohorts.</summary>
public sealed class DemoSeedTests
{
    [Test]
    public async Task AFirstRunShowsTwoBaselineCohortsWithProgressCertificatesEmailAndAReport()
    {
        using var factory = LmsWebFactory.WithShippedContent();
        Counts first;
        using (var site = Development(factory))
        {
            var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            first = await CountAsync(site.Services);

            Assert.That(first.Learners, Is.EqualTo((19, 11)), "learners in Ulaanbaatar and Umnugobi");
            Assert.That(first.Baselines, Is.EqualTo(30), "every demo learner has a baseline");
            Assert.That(first.Issued, Is.EqualTo(2));
            Assert.That(first.Revoked, Is.EqualTo(1));
            Assert.That(first.PassedAttempts, Is.GreaterThan(0), "passed with the right answers, graded by the real grader");
            Assert.That(first.Waiting, Is.GreaterThanOrEqualTo(1), "a reminder waits for its retry");
            Assert.That(first.Failed, Is.EqualTo(1));
            Assert.That(first.SnapshotRows, Is.EqualTo(2 * (30 + 115) * 2), "today's snapshot: 30 area rows and 115 competence rows per cohort and per location");

            var response = await client.SubmitFormAsync("/account/sign-in", "/account/sign-in",
                new Dictionary<string, string> { ["Email"] = "staff@example.org", ["Password"] = DemoSeed.Password });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the README's staff account still signs in");
            var dashboard = await client.GetStringAsync("/staff/proficiency");
            Assert.That(dashboard, Does.Contain(WebUtility.HtmlEncode(DemoCohorts.UlaanbaatarCohort)).And.Contain("svg"));
            Assert.That(await client.GetStringAsync("/staff/failed-emails"), Does.Contain("Mailbox unavailable (demo)"));
        }

        // A restart adds nothing and keeps the certificates as they were.
        using (var again = Development(factory))
        {
            again.CreateClient();
            // (The minutely delivery job may have sent the deferred reminder meanwhile.)
            Assert.That(await CountAsync(again.Services) with { Waiting = 0 }, Is.EqualTo(first with { Waiting = 0 }));
        }
    }

    [Test]
    public async Task TheDemoLevelsFollowTable3OfTheBaseline()
    {
        using var factory = LmsWebFactory.WithShippedContent();
        using var site = Development(factory);
        site.CreateClient();
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var ub = await db.Cohorts.SingleAsync(c => c.Name == DemoCohorts.UlaanbaatarCohort);
        var levels = (await db.SelfAssessments.Where(s => s.CohortId == ub.Id && s.Kind == SelfAssessmentKind.Baseline).ToListAsync())
            .Select(s => s.AreaLevels).ToList();

        // Content creation is the weakest area (79 % up to intermediate), devices the strongest (47 %), as in the report.
        double UpToIntermediate(string area) => levels.Count(l => l[area] <= ProficiencyLevel.Intermediate) / (double)levels.Count;
        Assert.That(UpToIntermediate("content-creation"), Is.EqualTo(64 / 76.0).Within(0.05));
        Assert.That(UpToIntermediate("devices"), Is.EqualTo(41 / 76.0).Within(0.05));
        Assert.That(levels.Select(l => l["devices"]).Distinct().Count(), Is.GreaterThanOrEqualTo(3), "spread, not one level for all");
        Assert.That(await db.Users.Where(u => u.Email!.EndsWith("@demo.example.org")).AllAsync(u => u.FullName.EndsWith("(demo)")), Is.True);
    }

    [Test]
    public async Task OutsideDevelopmentNoDemoCohortExists()
    {
        using var factory = LmsWebFactory.WithShippedContent();
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();

        Assert.That(await db.Cohorts.AnyAsync(c => c.Name.EndsWith("(demo)")), Is.False);
        Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<DemoSeed>().EnsureAsync().GetAwaiter().GetResult());
    }

    private static WebApplicationFactory<Program> Development(LmsWebFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));

    private static async Task<Counts> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var ub = await db.Cohorts.Include(c => c.Members).SingleAsync(c => c.Name == DemoCohorts.UlaanbaatarCohort);
        var ug = await db.Cohorts.Include(c => c.Members).SingleAsync(c => c.Name == DemoCohorts.UmnugobiCohort);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new Counts(
            (ub.Members.Count, ug.Members.Count),
            await db.SelfAssessments.CountAsync(s => (s.CohortId == ub.Id || s.CohortId == ug.Id) && s.Kind == SelfAssessmentKind.Baseline),
            await db.Certificates.CountAsync(c => c.Status == CertificateStatus.Valid),
            await db.Certificates.CountAsync(c => c.Status == CertificateStatus.Revoked),
            await db.QuizAttempts.CountAsync(a => a.Passed == true),
            await db.OutboxEmails.CountAsync(e => e.Kind == "reminder" && e.Status == OutboxStatus.Pending && e.Attempts > 0),
            await db.OutboxEmails.CountAsync(e => e.Status == OutboxStatus.Failed),
            await db.ProficiencySnapshots.CountAsync(s => s.Date == today && (s.CohortId == ub.Id || s.CohortId == ug.Id)));
    }

    private sealed record Counts((int, int) Learners, int Baselines, int Issued, int Revoked, int PassedAttempts, int Waiting, int Failed, int SnapshotRows);
}
