using System.Net;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dice.Lms.Web.Tests;

/// <summary>`database copy`: a pilot on SQLite moves to PostgreSQL and back with everything it holds.</summary>
[Category(Needs.Process)]
public sealed class DatabaseCopyTests
{
    private const string Course = "safety";
    private const string Cohort = "DICE 2026 Дархан";
    private const string Learner = "copy@example.org";

    // Certificate codes are encrypted with a key kept outside the database: it moves with the site, not with the copy.
    private static readonly Dictionary<string, string?> CodeKey = new() { ["Lms:Certificates:CodeKey"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i + 1)).ToArray()) };

    private static Dictionary<string, string?> With(IDictionary<string, string?> settings) => new(settings.Concat(CodeKey));

    [Test]
    public async Task SqliteToPostgreSqlToSqliteKeepsEverythingAndTheReportByteForByte()
    {
        using var source = new LmsWebFactory(With(new Dictionary<string, string?>
        {
            ["Lms:Content:ImportOnStart"] = "true",
            ["Lms:Content:Path"] = Path.Combine(Repository.Root, "content"),
        }));
        await FillAsync(source);
        var cookie = await SignInCookieAsync(source);
        var report = await Cli.RunAsync(source, CodeKey, "proficiency", "report", "--format", "csv");
        Assert.That(report.ExitCode, Is.EqualTo(0), report.Error);
        Assert.That(report.Output, Does.Contain(Cohort));

        using var postgres = TestDatabase.Create(TestProvider.PostgreSql);
        var toPostgres = await Cli.RunAsync(source, CodeKey, "database", "copy", "--to-provider", "PostgreSql", "--to", postgres.ConnectionString);
        Assert.That(toPostgres.ExitCode, Is.EqualTo(0), toPostgres.Error);
        Assert.That(toPostgres.Output, Does.Contain("row counts and checksums match"));
        foreach (var table in new[] { "AspNetUsers", "DataProtectionKeys", "OutboxEmails", "Certificates", "QuizAttempts", "SelfAssessments" })
        {
            Assert.That(toPostgres.Error, Does.Match($"(?m)^{table}: [1-9][0-9]* rows$"), $"progress and rows of {table}");
        }

        // The copy is a database of its own: the site runs on it, old passwords and old cookies work, new rows get new ids.
        using (var copy = new LmsWebFactory(With(postgres.Settings)))
        {
            using var client = copy.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/my/certificates");
            request.Headers.Add("Cookie", cookie);
            using var mine = await client.SendAsync(request);
            Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a cookie issued before the move: " + string.Join("\n", copy.Warnings));
            await copy.SignedInClientAsync(Learner);
            // A new organisation and enrolment: rows with identity ids, which must not collide with the copied ones.
            await copy.CreateUserAsync("after-the-move@example.org", Roles.Learner, cohort: Cohort, organization: "Шинэ ТББ");
        }

        var onPostgres = await Cli.RunAsync(source.Folder, With(postgres.Settings), "proficiency", "report", "--format", "csv");
        Assert.That(onPostgres.ExitCode, Is.EqualTo(0), onPostgres.Error);
        Assert.That(onPostgres.Output, Is.EqualTo(report.Output), "the report on the copy");

        var again = await Cli.RunAsync(source, CodeKey, "database", "copy", "--to-provider", "PostgreSql", "--to", postgres.ConnectionString);
        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.Error.Trim(), Does.StartWith("the target already holds data").And.Not.Contain("   at "));

        using var back = TestDatabase.Create(TestProvider.Sqlite);
        var toSqlite = await Cli.RunAsync(source.Folder, With(postgres.Settings), "database", "copy", "--to-provider", "Sqlite", "--to", back.ConnectionString);
        Assert.That(toSqlite.ExitCode, Is.EqualTo(0), toSqlite.Error);
        var onSqlite = await Cli.RunAsync(source.Folder, With(back.Settings), "proficiency", "report", "--format", "csv");
        Assert.That(onSqlite.ExitCode, Is.EqualTo(0), onSqlite.Error);
        Assert.That(onSqlite.Output, Is.EqualTo(report.Output), "the report after the round trip");
        using var returned = new LmsWebFactory(With(back.Settings));
        await returned.SignedInClientAsync(Learner);
        await returned.SignedInClientAsync("after-the-move@example.org");
    }

    [Test]
    public async Task ACopyIntoADatabaseWithDataWritesNothing()
    {
        using var source = new LmsWebFactory();
        await source.CreateUserAsync("someone@example.org", Roles.Learner);
        using var target = new LmsWebFactory(provider: TestProvider.PostgreSql);
        await target.CreateUserAsync("already-there@example.org", Roles.Staff);
        var before = await Cli.RunAsync(target, null, "proficiency", "report", "--format", "json");

        var result = await Cli.RunAsync(source, CodeKey, "database", "copy", "--to-provider", "PostgreSql", "--to", target.Database.ConnectionString);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("already holds data"));
        await target.SignedInClientAsync("already-there@example.org");
        Assert.That(await UserCountAsync(target), Is.EqualTo(1), "nothing written");
        Assert.That((await Cli.RunAsync(target, null, "proficiency", "report", "--format", "json")).Output, Is.EqualTo(before.Output));
    }

    private static async Task<int> UserCountAsync(LmsWebFactory site)
    {
        await using var db = site.Database.NewContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users);
    }

    /// <summary>Shipped courses, a cohort with a baseline, a learner with attempts and a certificate, queued e-mails.</summary>
    private static async Task FillAsync(LmsWebFactory site)
    {
        await site.Services.CreateCohortAsync(Cohort, Course);
        var learner = await site.CreateUserAsync(Learner, Roles.Learner, cohort: Cohort, fullName: "Батбаярын Оюунцэцэг");
        await site.Services.CompleteCourseAsync(learner.User!.Id, Course);
        var issued = await Cli.RunAsync(site, CodeKey, "certificates", "issue", "--email", Learner, "--course", Course);
        Assert.That(issued.ExitCode, Is.EqualTo(0), issued.Error);

        var csv = Path.Combine(site.Folder, "baseline.csv");
        await File.WriteAllTextAsync(csv,
            "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving\n" +
            "a@example.org,Анх,Төв ТББ,Ulaanbaatar,beginner,Дунд шат,50,advanced,none,expert\n" +
            "b@example.org,Бат,Говь ТББ,Umnugobi,expert,expert,expert,expert,expert,expert\n");
        var baseline = await Cli.RunAsync(site, CodeKey, "baseline", "import", csv, "--cohort", Cohort);
        Assert.That(baseline.ExitCode, Is.EqualTo(0), baseline.Error);
        // Without a password the account is claimed by e-mail: a row in the outbox.
        var invited = await Cli.RunAsync(site, CodeKey, "users", "create", "--email", "invited@example.org", "--name", "Дорж", "--role", "learner");
        Assert.That(invited.ExitCode, Is.EqualTo(0), invited.Error);
        var computed = await Cli.RunAsync(site, CodeKey, "proficiency", "compute");
        Assert.That(computed.ExitCode, Is.EqualTo(0), computed.Error);
    }

    private static async Task<string> SignInCookieAsync(LmsWebFactory site)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SubmitFormAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = Learner, ["Password"] = Accounts.Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("dice.auth=", StringComparison.Ordinal)).ToList();
        Assert.That(cookies, Is.Not.Empty);
        return string.Join("; ", cookies);
    }
}
