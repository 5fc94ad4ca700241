using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Infrastructure.Quizzes;
using Dice.Lms.Web.Tests.Support;
using UglyToad.PdfPig;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// Per-competence levels from known attempts on the shipped safety course: strong-passwords and phishing-and-scams
/// (beginner; 4.1, 4.2), beneficiary-data (intermediate; 4.2), device-safety (intermediate; 4.1, 4.2),
/// ai-scams-and-privacy (intermediate; 4.2, 4.1, 2.3), wellbeing-and-environment (advanced; 4.3, 4.4, 4.2).
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class CompetenceLevelsTests(TestProvider provider)
{
    private const string Header = "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving";
    private LmsWebFactory _factory = null!;
    private int _cohortId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = LmsWebFactory.WithShippedContent(provider);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var cohort = new Cohort("Safety 2026", null, null, null, JoinCodes.New());
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        _cohortId = cohort.Id;
        var (_, errors) = await scope.ServiceProvider.GetRequiredService<BaselineImport>().ImportAsync(
            $"{Header}\nall@example.org,Бүгд,Хот ТББ,Ulaanbaatar,none,none,none,none,none,none\n" +
            "two@example.org,Хоёр,Говь ТББ,Umnugobi,none,none,none,none,none,none\n" +
            "failed@example.org,Унасан,Говь ТББ,Umnugobi,none,none,none,none,none,none\n", cohort.Name);
        Assert.That(errors, Is.Empty);
        var ids = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id);

        // All: every safety quiz passed. Two: the two beginner quizzes only. Failed: wellbeing-and-environment failed.
        await _factory.Services.CompleteCourseAsync(ids["all@example.org"], "safety");
        await _factory.Services.CompleteCourseAsync(ids["two@example.org"], "safety", "beneficiary-data", "device-safety", "ai-scams-and-privacy", "wellbeing-and-environment");
        var module = await db.Modules.SingleAsync(m => m.Id == "wellbeing-and-environment");
        var version = await db.ModuleVersions.SingleAsync(v => v.Id == module.CurrentVersionId);
        var quiz = scope.ServiceProvider.GetRequiredService<ModuleQuizzes>().For(version, "mn")!;
        var failed = new QuizAttempt(ids["failed@example.org"], module.Id, version.Id, "mn", 1, quiz, DateTime.UtcNow, Random.Shared);
        failed.Submit(quiz, new Dictionary<int, QuestionResponse>(), 70, DateTime.UtcNow);
        db.QuizAttempts.Add(failed);
        await db.SaveChangesAsync();
        Assert.That(failed.Passed, Is.False, "no answers fail the quiz");

        await scope.ServiceProvider.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task TheJobStoresKnownCountsPerCompetenceInTheDaysSnapshot()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var rows = await db.ProficiencySnapshots.Where(s => s.CohortId == _cohortId && s.Location == "" && s.Competence != "").ToListAsync();
        int Count(string competence, string level) => rows.Single(r => r.Competence == competence && r.Level.ToString() == level).Current;

        Assert.That(rows, Has.Count.EqualTo(115), "23 competences × 5 levels");
        Assert.That((Count("4.2", "None"), Count("4.2", "Beginner"), Count("4.2", "Advanced")), Is.EqualTo((1, 1, 1)));
        Assert.That((Count("4.1", "None"), Count("4.1", "Beginner"), Count("4.1", "Intermediate")), Is.EqualTo((1, 1, 1)));
        Assert.That((Count("2.3", "None"), Count("2.3", "Intermediate")), Is.EqualTo((2, 1)), "a safety module teaches 2.3 too");
        Assert.That((Count("4.4", "None"), Count("4.4", "Advanced")), Is.EqualTo((2, 1)), "the failed attempt shows nothing");
        Assert.That(Count("0.1", "None"), Is.EqualTo(3));
        Assert.That(rows.Where(r => r.Competence == "4.3").Sum(r => r.Current), Is.EqualTo(3), "each learner once per competence");
        Assert.That(rows.Select(r => r.AreaId).Distinct().Count(), Is.EqualTo(6), "competence rows keep their area");
        var umnugobi = await db.ProficiencySnapshots.Where(s => s.CohortId == _cohortId && s.Location == "Umnugobi" && s.Competence == "4.2").ToListAsync();
        Assert.That(umnugobi.Where(r => r.Current > 0).Select(r => (r.Level.ToString(), r.Current)), Is.EquivalentTo(new[] { ("None", 1), ("Beginner", 1) }));
    }

    [Test]
    public async Task StaffExportTheCompetenceReportAndTheAreaReportUnchanged()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var csv = (await staff.GetStringAsync($"/staff/proficiency/export.csv?cohort={_cohortId}&by=competence")).TrimEnd('\n').Split('\n');
        var areas = (await staff.GetStringAsync($"/staff/proficiency/export.csv?cohort={_cohortId}")).TrimEnd('\n').Split('\n');
        var json = await staff.GetStringAsync($"/staff/proficiency/export.json?cohort={_cohortId}&by=competence");

        Assert.That(csv[0], Is.EqualTo("cohort,competence,level,current"));
        Assert.That(csv, Has.Length.EqualTo(116));
        Assert.That(csv, Does.Contain("Safety 2026,4.2,advanced,1"));
        Assert.That(csv, Does.Contain("Safety 2026,2.3,none,2"));
        Assert.That(areas[0], Is.EqualTo("cohort,area,level,baseline,current"));
        Assert.That(areas, Has.Length.EqualTo(31));
        Assert.That(areas, Does.Contain("Safety 2026,safety,advanced,0,1"));
        Assert.That(json, Does.Contain("\"competence\": \"4.4\""));
    }

    [Test]
    public async Task MyLevelsListsEachCompetenceUnderItsAreaWithTheModuleThatWouldRaiseIt()
    {
        var email = $"mine-{Guid.NewGuid():N}@example.org";
        var account = await _factory.CreateUserAsync(email, Roles.Learner);
        await _factory.Services.CompleteCourseAsync(account.User!.Id, "safety", "beneficiary-data", "device-safety", "ai-scams-and-privacy", "wellbeing-and-environment");
        var learner = await _factory.SignedInClientAsync(email);

        var page = await learner.GetPageAsync("/my/levels");
        var safety = page.QuerySelector("section.level-card[aria-labelledby=area-safety]")!;
        var items = safety.QuerySelectorAll(".competence-levels li").ToList();
        var privacy = items.Single(li => li.QuerySelector(".competence-name")!.TextContent.StartsWith("4.2", StringComparison.Ordinal));
        var wellbeing = items.Single(li => li.QuerySelector(".competence-name")!.TextContent.StartsWith("4.3", StringComparison.Ordinal));

        Assert.That(items, Has.Count.EqualTo(4), "4.1 to 4.4 under safety");
        Assert.That(privacy.QuerySelector(".competence-level")!.TextContent, Is.EqualTo("Анхан шат"), "the two beginner modules passed");
        Assert.That(privacy.QuerySelector(".competence-next a")!.GetAttribute("href"), Is.EqualTo("/courses/safety/modules/beneficiary-data"), "the first intermediate module teaching 4.2");
        Assert.That(wellbeing.QuerySelector(".competence-level")!.TextContent, Is.EqualTo("Туршлагагүй"));
        Assert.That(wellbeing.QuerySelector(".competence-next a")!.GetAttribute("href"), Is.EqualTo("/courses/safety/modules/wellbeing-and-environment"));
        Assert.That(page.QuerySelectorAll("section.level-card"), Has.Length.EqualTo(6));
    }

    [Test]
    public async Task TheProgrammeReportPdfIsA4InBothLanguagesWithTheCsvsNumbers()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var bytes = await staff.GetByteArrayAsync($"/staff/proficiency/report.pdf?cohort={_cohortId}");
        var csv = (await staff.GetStringAsync($"/staff/proficiency/export.csv?cohort={_cohortId}&by=competence")).TrimEnd('\n').Split('\n').Skip(1)
            .Select(l => l.Split(',')).GroupBy(f => f[1]).ToDictionary(g => g.Key, g => g.Select(f => f[3]).ToList());

        Assert.That(bytes.Length, Is.LessThanOrEqualTo(300_000));
        using var pdf = PdfDocument.Open(bytes);
        Assert.That(pdf.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Is.All.EqualTo((595d, 842d)), "A4 portrait");
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.That(text, Does.Contain("Хөтөлбөрийн").And.Contain("Programme").And.Contain("Safety"), "Cyrillic and Latin text extract as written");
        Assert.That(text, Does.Contain("enrolled 3"));
        // Each competence line of the map: its code, then its five counts, left to right.
        var lines = pdf.GetPage(2).GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Select(g => g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList())
            .Where(words => csv.ContainsKey(words[0])).ToDictionary(words => words[0], words => words.Skip(1).Take(5).ToList());
        Assert.That(lines.Keys, Is.EquivalentTo(csv.Keys), "all 23 competences");
        foreach (var (code, counts) in csv)
        {
            Assert.That(lines[code], Is.EqualTo(counts), code);
        }
    }
}
