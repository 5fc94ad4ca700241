using System.Diagnostics;
using Dice.Lms.Domain.Email;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// `email drain` killed (SIGKILL) in the middle of a batch, then run again: no message arrives twice and none is lost.
/// The server stalls before acknowledging message K+1, so the kill lands at a known point: K messages accepted and
/// marked sent, one in flight that the server drops because its client vanished before the 250.
/// </summary>
public sealed class EmailCrashSafetyTests
{
    private const int Messages = 12;
    private const int AcceptedBeforeKill = 5;

    [Test]
    public async Task ADrainKilledMidBatchAndRestartedDeliversEveryMessageExactlyOnce()
    {
        using var smtp = SmtpServer.Scripted(stallAfter: AcceptedBeforeKill);
        var settings = smtp.Settings();
        settings["Lms:Jobs:RunServer"] = "false";
        using var factory = new LmsWebFactory(settings);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            for (var i = 1; i <= Messages; i++)
            {
                await outbox.QueueAsync($"crash:{i}", $"learner{i}@example.org", $"Суралцагч {i}", $"Сануулга {i}", "Сайн байна уу", null, "reminder", null);
            }

            await scope.ServiceProvider.GetRequiredService<LmsDbContext>().SaveChangesAsync();
        }

        // A short claim, so the restarted run may take over the killed run's e-mails after 2 seconds.
        var cli = new Dictionary<string, string?>(smtp.Settings()) { ["Lms:Email:ClaimTimeout"] = "2" };
        using (var drain = Cli.Start(factory.Folder, cli, "email", "drain"))
        {
            _ = drain.StandardOutput.ReadToEndAsync();
            _ = drain.StandardError.ReadToEndAsync();
            await WaitUntilAsync(() => smtp.IsStalling, "the server to stall before message " + (AcceptedBeforeKill + 1));
            Assert.That(smtp.Received(), Has.Count.EqualTo(AcceptedBeforeKill));
            drain.Kill(entireProcessTree: true);
            await drain.WaitForExitAsync();
        }

        await WaitUntilAsync(() => smtp.DroppedStalledMessage, "the server to drop the unacknowledged message");
        Assert.That(smtp.Received(), Has.Count.EqualTo(AcceptedBeforeKill), "the message in flight was never acknowledged, so never stored");
        Assert.That(await CountAsync(factory, OutboxStatus.Sent), Is.EqualTo(AcceptedBeforeKill), "each accepted e-mail was saved as sent at once");

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var restarted = await Cli.RunAsync(factory.Folder, cli, "email", "drain");
        Assert.That(restarted.ExitCode, Is.EqualTo(0), restarted.Error);

        var received = smtp.Received();
        Assert.That(received, Has.Count.EqualTo(Messages));
        Assert.That(received.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(Messages));
        Assert.That(received.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count(), Is.EqualTo(Messages));
        Assert.That(await CountAsync(factory, OutboxStatus.Sent), Is.EqualTo(Messages));
    }

    private static async Task<int> CountAsync(LmsWebFactory factory, OutboxStatus status)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LmsDbContext>().OutboxEmails.CountAsync(e => e.Status == status);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "timed out waiting for " + what);
            await Task.Delay(50);
        }
    }
}
