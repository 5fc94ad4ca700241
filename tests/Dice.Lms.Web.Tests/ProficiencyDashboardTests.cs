using System.Net;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class ProficiencyDashboardTests(TestProvider provider)
{
    private LmsWebFactory _factory = null!;
    private int _cohortId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new LmsWebFactory(provider: provider);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var cohort = new Cohort("DICE 2024 Umnugobi", null, null, null, JoinCodes.New());
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        _cohortId = cohort.Id;
        var header = "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving";
        var (imported, errors) = await scope.ServiceProvider.GetRequiredService<BaselineImport>().ImportAsync(
            $"{header}\na@example.org,Анх,Говь ТББ,Umnugobi,beginner,beginner,beginner,none,none,beginner\nb@example.org,Бат,Говь ТББ,Umnugobi,advanced,intermediate,beginner,none,beginner,beginner\n",
            cohort.Name);
        Assert.That(errors, Is.Empty);
        Assert.That(imported, Is.EqualTo(2));
        await scope.ServiceProvider.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task StaffSeeTheShareInNeedLikeTable3AndTheCompetenceMap()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var page = await staff.GetPageAsync($"/staff/proficiency?cohort={_cohortId}");
        var headline = page.QuerySelector("main table.headline")!;
        var rows = headline.QuerySelectorAll("tbody tr").ToList();
        var map = page.QuerySelector("main table.competence-map")!;
        var competences = map.QuerySelectorAll("tbody tr").Where(tr => tr.QuerySelector("th[scope=row]") is not null).ToList();

        Assert.That(page.QuerySelector("main h2")!.Id, Is.EqualTo("headline"), "the headline comes first");
        Assert.That(rows, Has.Count.EqualTo(6));
        Assert.That(rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).Take(3), Is.EqualTo(new[] { "50.0%", "50.0%", "0.0" }),
            "one of two devices learners at or below intermediate, at the baseline and now");
        Assert.That(page.QuerySelectorAll(".area-bars svg[role=img][aria-label]"), Has.Length.EqualTo(6), "every chart has a text alternative");
        Assert.That(page.QuerySelectorAll(".area-bars svg")[3].GetAttribute("aria-label"), Does.Contain("Эхлэл: Туршлагагүй 2,"), "both at none in content creation");
        Assert.That(competences, Has.Count.EqualTo(23));
        Assert.That(competences[0].QuerySelectorAll("td")[0].TextContent, Is.EqualTo("2"), "nobody passed a quiz: both at none in 0.1");
        Assert.That(page.DocumentElement.OuterHtml, Does.Not.Contain("a@example.org"), "aggregates only");
    }

    [Test]
    public async Task TheCsvExportHasTheContractShape()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var csv = await staff.GetStringAsync($"/staff/proficiency/export.csv?cohort={_cohortId}");
        var lines = csv.TrimEnd('\n').Split('\n');

        Assert.That(lines[0], Is.EqualTo("cohort,area,level,baseline,current"));
        Assert.That(lines, Has.Length.EqualTo(31));
        Assert.That(lines, Does.Contain("DICE 2024 Umnugobi,devices,advanced,1,1"));
    }

    [Test]
    public async Task TwoRunsAtOnceLeaveOneSnapshotPerAreaAndLevel()
    {
        async Task RunAsync()
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
        }

        // From no snapshot at all, so that the runs race to insert the day's rows.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LmsDbContext>().ProficiencySnapshots.Where(s => s.CohortId == _cohortId).ExecuteDeleteAsync();
        }

        await Task.WhenAll(RunAsync(), RunAsync(), RunAsync());

        await using var check = _factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LmsDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.That(db.ProficiencySnapshots.Count(s => s.CohortId == _cohortId && s.Date == today && s.Location == "" && s.Competence == ""), Is.EqualTo(30));
        Assert.That(db.ProficiencySnapshots.Count(s => s.CohortId == _cohortId && s.Date == today && s.Location == "Umnugobi" && s.Competence == ""), Is.EqualTo(30));
        Assert.That(db.ProficiencySnapshots.Count(s => s.CohortId == _cohortId && s.Date == today), Is.EqualTo(2 * (30 + 115)), "areas and competences, the whole cohort and its one location");
        var members = await db.Cohorts.Where(c => c.Id == _cohortId).SelectMany(c => c.Members).CountAsync();
        Assert.That(db.ProficiencySnapshots.Where(s => s.CohortId == _cohortId && s.Date == today && s.Location == "").Sum(s => s.Baseline), Is.EqualTo(members * 6), "each member once per area");
    }

    [Test]
    public async Task StaffImportABaselineFromThePageAllOrNothing()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var header = "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving";

        var bad = await staff.UploadAsync($"/staff/proficiency?cohort={_cohortId}", $"/staff/proficiency/baseline?cohort={_cohortId}", "baseline.csv", $"{header}\nz@example.org,Зул,Говь ТББ,Umnugobi,beginner,beginner,beginner,wizard,none,beginner\n");
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(Browserless.Parse(await bad.Content.ReadAsStringAsync()).Body!.TextContent,
            Does.Contain("2-р мөр: content-creation: 'wizard' нь түвшин биш (none, beginner, intermediate, advanced, expert, түвшний монгол нэр эсвэл 0/25/50/75/100)"));

        var good = await staff.UploadAsync($"/staff/proficiency?cohort={_cohortId}", $"/staff/proficiency/baseline?cohort={_cohortId}", "baseline.csv", $"{header}\nz@example.org,Зул,Говь ТББ,Umnugobi,beginner,beginner,beginner,none,none,beginner\n");
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        Assert.That(await db.Users.CountAsync(u => u.Email == "z@example.org"), Is.EqualTo(1));
    }

    [Test]
    public async Task LearnersCannotSeeTheDashboard()
    {
        var learner = await _factory.ClientForRoleAsync(Roles.Learner);

        var response = await learner.GetAsync($"/staff/proficiency?cohort={_cohortId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"));
    }
}
