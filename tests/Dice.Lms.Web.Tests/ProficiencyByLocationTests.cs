using System.Net;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>The dashboard split by the location of the learners' organisations, as the baseline report's Table 3 is.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class ProficiencyByLocationTests(TestProvider provider)
{
    private const string Header = "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving";
    private LmsWebFactory _factory = null!;
    private int _mixedId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new LmsWebFactory(provider: provider);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var mixed = new Cohort("Mixed 2026", null, null, null, JoinCodes.New());
        var gobi = new Cohort("Gobi 2026", null, null, null, JoinCodes.New());
        db.Cohorts.AddRange(mixed, gobi);
        await db.SaveChangesAsync();
        _mixedId = mixed.Id;
        var import = scope.ServiceProvider.GetRequiredService<BaselineImport>();
        // Mixed: two from Ulaanbaatar (both advanced in devices), one from Umnugobi (none in devices).
        var (_, mixedErrors) = await import.ImportAsync(
            $"{Header}\nub1@example.org,Болд,Хот ТББ,Ulaanbaatar,advanced,advanced,advanced,advanced,advanced,advanced\n" +
            $"ub2@example.org,Сараа,Хот ТББ,Ulaanbaatar,advanced,beginner,beginner,beginner,beginner,beginner\n" +
            $"g1@example.org,Дорж,Говь ТББ,Umnugobi,none,none,none,none,none,none\n", mixed.Name);
        // Gobi: one more from Umnugobi, at beginner everywhere.
        var (_, gobiErrors) = await import.ImportAsync($"{Header}\ng2@example.org,Цэцэг,Говь ТББ,Umnugobi,beginner,beginner,beginner,beginner,beginner,beginner\n", gobi.Name);
        Assert.That(mixedErrors.Concat(gobiErrors), Is.Empty);
        await scope.ServiceProvider.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task OneLocationCountsOnlyItsLearners()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var page = await staff.GetPageAsync($"/staff/proficiency?cohort={_mixedId}&location=Ulaanbaatar");
        var devices = page.QuerySelectorAll(".area-bars svg")[0].GetAttribute("aria-label");

        Assert.That(devices, Does.Contain("Эхлэл: Туршлагагүй 0, Анхан шат 0, Дунд шат 0, Ахисан шат 2, Мэргэшсэн 0."), "both Ulaanbaatar learners are advanced in devices");
        Assert.That(devices, Does.Contain("Одоо: Туршлагагүй 0, Анхан шат 0, Дунд шат 0, Ахисан шат 2, Мэргэшсэн 0."));
    }

    [Test]
    public async Task LocationsStandSideBySideWithTheirShareInNeedAndTheTotalLikeTable3()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var page = await staff.GetPageAsync($"/staff/proficiency?cohort={_mixedId}");
        var table = page.QuerySelector("table.headline")!;
        var groups = table.QuerySelectorAll("thead tr")[0].QuerySelectorAll("th[scope=colgroup]").Select(th => th.TextContent).ToList();
        var information = table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

        Assert.That(groups, Is.EqualTo(new[] { "Ulaanbaatar", "Umnugobi", "Нийт" }));
        Assert.That(information[0], Is.EqualTo("50.0%"), "one of the two Ulaanbaatar learners is at beginner in information at the baseline");
        Assert.That(information[1], Is.EqualTo("50.0%"), "and now");
        Assert.That(information[3], Is.EqualTo("100.0%"), "the Umnugobi learner is at none");
        Assert.That(information[6], Is.EqualTo("66.7%"), "two of the cohort's three learners in total");
    }

    [Test]
    public async Task AllCohortsAddUpEveryCohort()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var page = await staff.GetPageAsync("/staff/proficiency?cohort=0&location=Umnugobi");
        var devices = page.QuerySelectorAll(".area-bars svg")[0].GetAttribute("aria-label");

        Assert.That(devices, Does.Contain("Эхлэл: Туршлагагүй 1, Анхан шат 1, Дунд шат 0"), "Дорж of Mixed is at none, Цэцэг of Gobi at beginner");
    }

    [Test]
    public async Task TheExportOfOneLocationKeepsTheContractShape()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var lines = (await staff.GetStringAsync($"/staff/proficiency/export.csv?cohort={_mixedId}&location=Umnugobi")).TrimEnd('\n').Split('\n');

        Assert.That(lines, Has.Length.EqualTo(31));
        Assert.That(lines, Does.Contain("Mixed 2026,devices,none,1,1"));
        Assert.That(lines, Does.Contain("Mixed 2026,devices,advanced,0,0"));
    }

    [Test]
    public async Task AnUnknownLocationOrCohortIsNotFound()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);

        Assert.That((await staff.GetAsync($"/staff/proficiency?cohort={_mixedId}&location=Atlantis")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await staff.GetAsync("/staff/proficiency?cohort=987654")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await staff.GetAsync($"/staff/proficiency/export.csv?cohort={_mixedId}&location=Atlantis")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
