using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Certification;
using Dice.Lms.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Nodes;

/// <summary>The backup and restore of docs/deployment.md, performed: sqlite3's .backup of a running site, restored into an empty folder.</summary>
[Category(Needs.Process)]
public sealed class BackupRestoreTests
{
    private const string Sqlite3 = "/usr/bin/sqlite3";

    [Test]
    public async Task ARestoredBackupServesTheSameLearnersAndCertificates()
    {
        if (!File.Exists(Sqlite3))
        {
            Assert.Fail($"{Sqlite3} is missing: install Debian's sqlite3 (scripts/test.sh does).");
        }

        // The code key is kept with the backups (docs/deployment.md): the restored site gets the same one.
        var codeKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var backup = Path.Combine(Path.GetTempPath(), "dice-lms-tests", $"backup-{Guid.NewGuid():N}.db");
        string code;
        using (var running = Site(null, codeKey, importContent: true))
        {
            var learner = (await running.CreateUserAsync("kept@example.org", Roles.Learner, fullName: "Батбаяр Kept")).User!.Id;
            await running.Services.CompleteCourseAsync(learner, "safety");
            await using (var scope = running.Services.CreateAsyncScope())
            {
                code = (await scope.ServiceProvider.GetRequiredService<CertificateIssuing>().IssueAsync(learner, "safety", "staff-test")).Code!;
            }

            // Taken while the site runs and has just written (a sign-in), as the daily job would.
            await running.SignedInClientAsync("kept@example.org");
            await RunAsync(Sqlite3, Path.Combine(running.Folder, "lms.db"), $".backup '{backup}'");
            await running.CreateUserAsync("after-backup@example.org", Roles.Learner);
        }

        using var restored = Site(backup, codeKey, importContent: false);
        File.Delete(backup);

        var client = await restored.SignedInClientAsync("kept@example.org");
        Assert.That((await client.GetPageAsync("/my/certificates")).QuerySelector("main")!.TextContent, Does.Contain(VerificationCode.Format(code)));
        var verify = await restored.CreateClient().GetPageAsync($"/verify/{VerificationCode.Format(code)}");
        Assert.That(verify.QuerySelector("#verify-result")?.TextContent, Is.EqualTo("Хүчинтэй гэрчилгээ"));
        Assert.That(verify.QuerySelector(".verify-result dl")!.TextContent, Does.Contain("Батбаяр Kept"));
        var later = await restored.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = "after-backup@example.org", ["Password"] = Accounts.Password });
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an account made after the backup is not in it");
    }

    /// <summary>A site on its own empty folder; with <paramref name="restoreFrom"/>, the backup is put there first as its database.</summary>
    private static LmsWebFactory Site(string? restoreFrom, string codeKey, bool importContent)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Lms:Certificates:CodeKey"] = codeKey,
            ["Lms:Content:ImportOnStart"] = importContent ? "true" : "false",
            ["Lms:Content:Path"] = Path.Combine(Repository.Root, "content"),
        };
        var site = new LmsWebFactory(settings);
        if (restoreFrom is not null)
        {
            File.Copy(restoreFrom, Path.Combine(site.Folder, "lms.db"));
        }

        return site;
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, $"{program}: {await error}");
    }
}
