using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Infrastructure.Csv;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>
/// Every CSV the site or the command line writes, read with values a spreadsheet would run as formulas: no cell may
/// start with =, +, -, @, a tab or a carriage return. The site writes CSV in two places, both from
/// <c>CohortReport.ToCsv</c>: the dashboard's export and `proficiency report --format csv`.
/// </summary>
public sealed class CsvInjectionTests
{
    private static readonly string[] Formulas = ["=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"];

    private LmsWebFactory _factory = null!;
    private readonly List<int> _cohortIds = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new LmsWebFactory();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        foreach (var name in Formulas)
        {
            var cohort = new Cohort(name, null, null, null, JoinCodes.New());
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            _cohortIds.Add(cohort.Id);
            var header = "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving";
            var (_, errors) = await scope.ServiceProvider.GetRequiredService<BaselineImport>().ImportAsync(
                $"{header}\nf{cohort.Id}@example.org,Анх,Говь ТББ,Umnugobi,beginner,beginner,beginner,none,none,beginner\n", cohort.Name);
            Assert.That(errors, Is.Empty);
        }

        await scope.ServiceProvider.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task TheDashboardExportNeutralisesEveryFormulaCell()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var neutralised = 0;
        foreach (var id in _cohortIds)
        {
            neutralised += AssertNoFormulaCells(await staff.GetStringAsync($"/staff/proficiency/export.csv?cohort={id}"));
        }

        Assert.That(neutralised, Is.GreaterThan(0));
    }

    [Test]
    [Category(Needs.Process)]
    public async Task TheCommandLineReportNeutralisesEveryFormulaCell()
    {
        var result = await Cli.RunAsync(_factory.Folder, "proficiency", "report", "--format", "csv");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(AssertNoFormulaCells(result.Output), Is.GreaterThan(0));
    }

    /// <summary>Checks every cell and returns how many were neutralised.</summary>
    private static int AssertNoFormulaCells(string csv)
    {
        var records = CsvFiles.Read(csv).Records;
        Assert.That(records, Has.Count.GreaterThan(1));
        var cells = records.Skip(1).SelectMany(r => r.Fields).ToList();
        Assert.That(cells.Where(c => c.Length > 0 && "=+-@\t\r".Contains(c[0])), Is.Empty);
        Assert.That(cells.Where(c => c.StartsWith('\'')).Select(c => c[1..]).Distinct(), Is.SubsetOf(Formulas.Select(f => f.Trim())), "the value is kept, behind a quote mark");
        return cells.Count(c => c.StartsWith('\''));
    }
}
