using System.Diagnostics;
using System.Net;
using Dice.Lms.Domain.Email;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// `email drain` killed (SIGKILL) in the middle of a batch, then run again: no message arrives twice and none is lost
/// silently. The server stalls before acknowledging message K+1, so the kill lands at a known point: K messages
/// accepted and marked sent, one handed over whose fate the killed run never learnt. That one is Unconfirmed, never
/// resent by itself; the restarted run delivers the rest, and staff send the unconfirmed one again if needed.
/// </summary>
[Category(Needs.Process)]
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class EmailCrashSafetyTests(TestProvider provider)
{
    private const int Messages = 12;
    private const int AcceptedBeforeKill = 5;

    [Test]
    public async Task AMessageInFlightWhenTheDrainIsKilledIsUnconfirmedAndOnlyStaffSendItAgain()
    {
        using var smtp = SmtpServer.Scripted(stallAfter: AcceptedBeforeKill);
        using var factory = await QueueAsync(smtp);

        await KillDrainWhileTheServerStallsAsync(factory, smtp);
        await WaitUntilAsync(() => smtp.DroppedStalledMessage, "the server to drop the unacknowledged message");
        Assert.That(smtp.Received(), Has.Count.EqualTo(AcceptedBeforeKill), "the message in flight was never acknowledged, so never stored");
        Assert.That(await CountAsync(factory, OutboxStatus.Sent), Is.EqualTo(AcceptedBeforeKill), "each accepted e-mail was saved as sent at once");

        await RestartDrainAfterTheClaimExpiresAsync(factory, smtp);

        var received = smtp.Received();
        Assert.That(received, Has.Count.EqualTo(Messages - 1));
        Assert.That(received.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(Messages - 1), "no Message-Id twice");
        Assert.That(received.Select(m => m.To.Mailboxes.Single().Address), Does.Not.Contain(Address(AcceptedBeforeKill + 1)));
        var inFlight = await EmailToAsync(factory, Address(AcceptedBeforeKill + 1));
        Assert.That(inFlight.Status, Is.EqualTo(OutboxStatus.Unconfirmed), "handed over, then the run died: it may have arrived");
        Assert.That(inFlight.HandedOverAt, Is.Not.Null);
        Assert.That(await CountAsync(factory, OutboxStatus.Sent), Is.EqualTo(Messages - 1));

        // Staff see it with the explanation and send it again; it arrives once.
        var staff = await factory.ClientForRoleAsync(Roles.Staff);
        var page = await staff.GetPageAsync("/staff/failed-emails");
        var rows = page.QuerySelectorAll("table[aria-labelledby=unconfirmed-caption] tbody tr").Select(r => r.TextContent).ToList();
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0], Does.Contain(Address(AcceptedBeforeKill + 1)));
        Assert.That(page.QuerySelector("#unconfirmed")?.NextElementSibling?.TextContent, Does.Contain("автоматаар дахин илгээхгүй"));
        var response = await staff.SubmitFormAsync("/staff/failed-emails", $"/staff/failed-emails/{inFlight.Id}/retry", new Dictionary<string, string>());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await factory.DrainEmailAsync();

        received = smtp.Received();
        Assert.That(received, Has.Count.EqualTo(Messages));
        Assert.That(received.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(Messages));
        Assert.That(received.Count(m => m.MessageId == inFlight.MessageId), Is.EqualTo(1));
        Assert.That(await CountAsync(factory, OutboxStatus.Sent), Is.EqualTo(Messages));
        var emptied = await staff.GetPageAsync("/staff/failed-emails");
        Assert.That(emptied.QuerySelectorAll("tbody tr"), Is.Empty);
    }

    [Test]
    public async Task AMessageTheServerTookJustBeforeTheKillArrivesOnceAndIsNotResent()
    {
        // The server stores message K+1 and the drain is killed before it learns so: the window at-least-once
        // delivery would fill with a second copy.
        using var smtp = SmtpServer.Scripted(stallAfter: AcceptedBeforeKill, stallStored: true);
        using var factory = await QueueAsync(smtp);

        await KillDrainWhileTheServerStallsAsync(factory, smtp);
        Assert.That(smtp.Received(), Has.Count.EqualTo(AcceptedBeforeKill + 1), "the server has the message in flight");

        await RestartDrainAfterTheClaimExpiresAsync(factory, smtp);

        var received = smtp.Received();
        var taken = await EmailToAsync(factory, Address(AcceptedBeforeKill + 1));
        Assert.That(received, Has.Count.EqualTo(Messages));
        Assert.That(received.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(Messages), "no Message-Id twice");
        Assert.That(received.Count(m => m.MessageId == taken.MessageId), Is.EqualTo(1));
        Assert.That(taken.Status, Is.EqualTo(OutboxStatus.Unconfirmed));
        Assert.That(await CountAsync(factory, OutboxStatus.Sent), Is.EqualTo(Messages - 1));

        // A later run leaves it alone too.
        await factory.DrainEmailAsync();
        Assert.That(smtp.Received(), Has.Count.EqualTo(Messages));
    }

    [Test]
    public async Task ARunWhoseClaimRanOutLeavesTheRestToTheRunThatTookThemOver()
    {
        // Run A waits 5 s for the answer to message 1 while its 1 s claim runs out; run B starts meanwhile.
        using var smtp = SmtpServer.Scripted(stallAfter: 0, stallSeconds: 5);
        var settings = smtp.Settings();
        settings["Lms:Jobs:RunServer"] = "false";
        settings["Lms:Email:ClaimTimeout"] = "1";
        using var factory = new LmsWebFactory(settings, provider);
        await QueueAsync(factory);

        var slow = RunOnceAsync(factory);
        await WaitUntilAsync(() => smtp.IsStalling, "the server to stall on message 1");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await RunOnceAsync(factory);
        Assert.That((await EmailToAsync(factory, Address(1))).Status, Is.EqualTo(OutboxStatus.Unconfirmed), "B cannot know whether A's message arrived");
        await slow;

        var received = smtp.Received();
        Assert.That(received, Has.Count.EqualTo(Messages));
        Assert.That(received.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(Messages), "no Message-Id twice");
        Assert.That(await CountAsync(factory, OutboxStatus.Sent), Is.EqualTo(Messages), "A still recorded the server's answer to message 1");
    }

    private static async Task RunOnceAsync(LmsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EmailDeliveryJob>().RunAsync(CancellationToken.None);
    }

    private static string Address(int i) => $"learner{i}@example.org";

    private async Task<LmsWebFactory> QueueAsync(SmtpServer smtp)
    {
        var settings = smtp.Settings();
        settings["Lms:Jobs:RunServer"] = "false";
        var factory = new LmsWebFactory(settings, provider);
        await QueueAsync(factory);
        return factory;
    }

    private static async Task QueueAsync(LmsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        for (var i = 1; i <= Messages; i++)
        {
            await outbox.QueueAsync($"crash:{i}", Address(i), $"Суралцагч {i}", $"Сануулга {i}", "Сайн байна уу", null, "reminder", null);
        }

        await scope.ServiceProvider.GetRequiredService<LmsDbContext>().SaveChangesAsync();
    }

    // A short claim, so the restarted run may take over the killed run's e-mails after 2 seconds.
    private static Dictionary<string, string?> DrainSettings(SmtpServer smtp) =>
        new(smtp.Settings()) { ["Lms:Email:ClaimTimeout"] = "2" };

    private static async Task KillDrainWhileTheServerStallsAsync(LmsWebFactory factory, SmtpServer smtp)
    {
        using var drain = Cli.Start(factory, DrainSettings(smtp), "email", "drain");
        _ = drain.StandardOutput.ReadToEndAsync();
        _ = drain.StandardError.ReadToEndAsync();
        await WaitUntilAsync(() => smtp.IsStalling, "the server to stall on message " + (AcceptedBeforeKill + 1));
        drain.Kill(entireProcessTree: true);
        await drain.WaitForExitAsync();
        var killed = await EmailToAsync(factory, Address(AcceptedBeforeKill + 1));
        Assert.That(killed.HandedOverAt, Is.Not.Null, "the hand-over was saved before the message went out");
        Assert.That(killed.Status, Is.EqualTo(OutboxStatus.Pending));
    }

    private static async Task RestartDrainAfterTheClaimExpiresAsync(LmsWebFactory factory, SmtpServer smtp)
    {
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var restarted = await Cli.RunAsync(factory, DrainSettings(smtp), "email", "drain");
        Assert.That(restarted.ExitCode, Is.EqualTo(0), restarted.Error);
        Assert.That(restarted.Output, Does.Contain("1 unconfirmed"));
    }

    private static async Task<OutboxEmail> EmailToAsync(LmsWebFactory factory, string address)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LmsDbContext>().OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == address);
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
