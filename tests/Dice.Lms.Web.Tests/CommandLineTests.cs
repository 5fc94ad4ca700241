using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dice.Lms.Web.Tests;

[Category(Needs.Process)]
public sealed class CommandLineTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dice-lms-cli", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task MigrateCreatesTheDatabaseInWalMode()
    {
        var result = await Cli.RunAsync(_folder, "migrate");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "lms.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("wal"));
        command.CommandText = "SELECT COUNT(*) FROM AspNetRoles;";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(4));
    }

    [Test]
    public async Task CohortsAndUsersAreCreatedThenUpdated()
    {
        var cohort = await Cli.RunAsync(_folder, "cohorts", "create", "--name", "DICE 2024 Umnugobi", "--organization", "Говийн ТББ",
            "--start", "2024-03-01", "--end", "2024-09-30");
        Assert.That(cohort.ExitCode, Is.EqualTo(0), cohort.Error);
        Assert.That(cohort.Output, Does.Contain("created cohort 'DICE 2024 Umnugobi'"));

        var user = await Cli.RunAsync(_folder, "users", "create", "--email", "bat@example.org", "--name", "Батболд",
            "--role", "learner", "--cohort", "DICE 2024 Umnugobi", "--organization", "Говийн ТББ", "--password", "a long enough password");
        Assert.That(user.ExitCode, Is.EqualTo(0), user.Error);
        Assert.That(user.Output, Does.Contain("created bat@example.org"));

        var again = await Cli.RunAsync(_folder, "users", "create", "--email", "bat@example.org", "--name", "Батболд Д.", "--role", "TRAINER");
        Assert.That(again.ExitCode, Is.EqualTo(0), again.Error);
        Assert.That(again.Output, Does.Contain("updated bat@example.org"));

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "lms.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u.FullName || '|' || r.Name || '|' || (SELECT COUNT(*) FROM CohortMembers) || '|' || (SELECT COUNT(*) FROM AspNetUsers)
            FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId
            """;
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("Батболд Д.|Trainer|1|1"));
    }

    [Test]
    public async Task EmailDrainDeliversTheOutboxToThePickupFolder()
    {
        var created = await Cli.RunAsync(_folder, "users", "create", "--email", "nopass@example.org", "--name", "N", "--role", "learner");
        Assert.That(created.ExitCode, Is.EqualTo(0), created.Error);

        var drain = await Cli.RunAsync(_folder, "email", "drain");

        Assert.That(drain.ExitCode, Is.EqualTo(0), drain.Error);
        Assert.That(drain.Output, Does.Match(@"sent \d+ e-mail\(s\); 0 waiting for a retry, 0 failed for good"));
    }

    [Test]
    public async Task ABaselineForTwoCohortsIsReportedExactlyAfterCompute()
    {
        foreach (var cohort in new[] { "DICE 2024 Ulaanbaatar", "DICE 2024 Umnugobi" })
        {
            Assert.That((await Cli.RunAsync(_folder, "cohorts", "create", "--name", cohort)).ExitCode, Is.EqualTo(0));
        }

        var header = "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving";
        await File.WriteAllTextAsync(Path.Combine(_folder, "ub.csv"),
            $"{header}\na@example.org,Анх,Төв ТББ,Ulaanbaatar,beginner,Дунд шат,50,advanced,none,expert\nb@example.org,Бат,Төв ТББ,Ulaanbaatar,BEGINNER,beginner,25,advanced,0,expert\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "ug.csv"),
            $"{header}\nc@example.org,Цэцэг,Говь ТББ,Umnugobi,expert,expert,expert,expert,expert,expert\n");

        var ub = await Cli.RunAsync(_folder, "baseline", "import", "ub.csv", "--cohort", "DICE 2024 Ulaanbaatar");
        var ug = await Cli.RunAsync(_folder, "baseline", "import", "ug.csv", "--cohort", "DICE 2024 Umnugobi");
        Assert.That(ub.ExitCode + ug.ExitCode, Is.EqualTo(0), ub.Error + ug.Error);
        var again = await Cli.RunAsync(_folder, "baseline", "import", "ub.csv", "--cohort", "DICE 2024 Ulaanbaatar");
        Assert.That(again.ExitCode, Is.EqualTo(0), "re-importing updates");

        Assert.That((await Cli.RunAsync(_folder, "proficiency", "compute")).ExitCode, Is.EqualTo(0));
        Assert.That((await Cli.RunAsync(_folder, "proficiency", "compute")).ExitCode, Is.EqualTo(0), "a second run on the same day");
        var report = await Cli.RunAsync(_folder, "proficiency", "report", "--format", "csv");

        Assert.That(report.ExitCode, Is.EqualTo(0), report.Error);
        var lines = report.Output.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Is.EqualTo("cohort,area,level,baseline,current"));
        Assert.That(lines, Has.Length.EqualTo(61), "30 rows per cohort");
        Assert.That(lines, Does.Contain("DICE 2024 Ulaanbaatar,devices,beginner,2,2"));
        Assert.That(lines, Does.Contain("DICE 2024 Ulaanbaatar,information,intermediate,1,1"));
        Assert.That(lines, Does.Contain("DICE 2024 Ulaanbaatar,information,beginner,1,1"));
        Assert.That(lines, Does.Contain("DICE 2024 Ulaanbaatar,safety,none,2,2"));
        Assert.That(lines, Does.Contain("DICE 2024 Ulaanbaatar,problem-solving,expert,2,2"));
        Assert.That(lines, Does.Contain("DICE 2024 Umnugobi,content-creation,expert,1,1"));
        Assert.That(lines, Does.Contain("DICE 2024 Umnugobi,devices,none,0,0"));
        Assert.That(lines.Skip(1).Sum(l => int.Parse(l.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(18), "3 learners × 6 areas, no duplicates");

        var competences = await Cli.RunAsync(_folder, "proficiency", "report", "--by", "competence", "--cohort", "DICE 2024 Ulaanbaatar");
        var competenceLines = competences.Output.TrimEnd('\n').Split('\n');
        Assert.That(competences.ExitCode, Is.EqualTo(0), competences.Error);
        Assert.That(competenceLines[0], Is.EqualTo("cohort,competence,level,current"));
        Assert.That(competenceLines, Has.Length.EqualTo(116), "23 competences × 5 levels for one cohort");
        Assert.That(competenceLines, Does.Contain("DICE 2024 Ulaanbaatar,4.2,none,2"), "no quiz passed: both at none");
        var pdf = await Cli.RunAsync(_folder, "proficiency", "report", "--format", "pdf", "--out", Path.Combine(_folder, "report.pdf"));
        Assert.That(pdf.ExitCode, Is.EqualTo(0), pdf.Error);
        Assert.That(File.ReadAllBytes(Path.Combine(_folder, "report.pdf"))[..5], Is.EqualTo("%PDF-"u8.ToArray()));
    }

    [Test]
    public async Task ABadBaselineFileImportsNothingAndNamesEachLine()
    {
        Assert.That((await Cli.RunAsync(_folder, "cohorts", "create", "--name", "C1")).ExitCode, Is.EqualTo(0));
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.csv"),
            "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving\n" +
            "a@example.org,A,O,UB,beginner,beginner,beginner,beginner,beginner,beginner\n" +
            "a@example.org,B,O,UB,master,beginner,beginner,beginner,beginner,beginner\n");

        var result = await Cli.RunAsync(_folder, "baseline", "import", "bad.csv", "--cohort", "C1");
        var unknown = await Cli.RunAsync(_folder, "baseline", "import", "bad.csv", "--cohort", "Nowhere");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("line 3:").And.Contain("'master' is not a level").And.Contain("nothing was imported"));
        Assert.That(unknown.Error, Does.Contain("cohorts create"));
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "lms.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AspNetUsers";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task AnUnknownCohortIsRefusedWithAHint()
    {
        var result = await Cli.RunAsync(_folder, "users", "create", "--email", "x@example.org", "--name", "X", "--role", "learner", "--cohort", "Nowhere");

        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.Error, Does.Contain("no cohort named 'Nowhere'").And.Contain("cohorts create"));
    }

    [TestCase(new[] { "users", "create", "--email", "x@example.org", "--name", "X", "--role", "wizard" }, "unknown role 'wizard'")]
    [TestCase(new[] { "users", "create", "--name", "X", "--role", "learner" }, "--email is required")]
    [TestCase(new[] { "users", "create", "--email", "x@example.org", "--name", "X", "--role", "learner", "--password", "short" }, "at least 10")]
    [TestCase(new[] { "cohorts", "create", "--name", "C", "--start", "01/02/2026" }, "YYYY-MM-DD")]
    [TestCase(new[] { "cohorts", "create", "--name", "C", "--course", "no-such-course" }, "unknown course id(s): no-such-course")]
    [TestCase(new[] { "cohorts", "create", "--name", "C", "--colour", "blue" }, "unknown option --colour")]
    [TestCase(new[] { "fly" }, "unknown command 'fly'")]
    public async Task BadInputFailsWithAPlainMessage(string[] args, string message)
    {
        var result = await Cli.RunAsync(_folder, args);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain(message));
        Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
    }
}
