using System.Net;
using System.Net.Sockets;
using Dice.Lms.Domain.Email;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// Bad input on the way out: a refused recipient, an invalid address, an unreachable server. The outbox keeps each
/// message with its error, the others still go, and staff see and retry what failed.
/// </summary>
[Category(Needs.Process)]
public sealed class EmailFailureTests
{
    [Test]
    public async Task ARefusedRecipientAndAnInvalidAddressFailWithTheirErrorWhileTheOthersAreDelivered()
    {
        using var smtp = SmtpServer.Scripted(refuse: "refused");
        var settings = smtp.Settings();
        settings["Lms:Jobs:RunServer"] = "false";
        using var factory = new LmsWebFactory(settings);
        await QueueAsync(factory, "first@example.org", "refused@example.org", "not an address", "last@example.org");

        await factory.DrainEmailAsync();

        Assert.That(smtp.Received().Select(m => m.To.Mailboxes.Single().Address), Is.EquivalentTo(new[] { "first@example.org", "last@example.org" }));
        var rows = await RowsAsync(factory);
        Assert.That(rows["first@example.org"].Status, Is.EqualTo(OutboxStatus.Sent));
        Assert.That(rows["last@example.org"].Status, Is.EqualTo(OutboxStatus.Sent));
        Assert.That(rows["refused@example.org"].Status, Is.EqualTo(OutboxStatus.Failed));
        Assert.That(rows["refused@example.org"].LastError, Does.StartWith("550"));
        Assert.That(rows["not an address"].Status, Is.EqualTo(OutboxStatus.Failed));
        Assert.That(rows["not an address"].LastError, Is.Not.Empty);

        // Staff see both on the failed e-mails page and can send one again.
        var staff = await factory.ClientForRoleAsync(Roles.Staff);
        var page = await staff.GetPageAsync("/staff/failed-emails");
        var cells = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.That(cells, Has.Count.EqualTo(2));
        Assert.That(cells.Single(c => c.Contains("refused@example.org")), Does.Contain("550"));
        var retry = $"/staff/failed-emails/{rows["refused@example.org"].Id}/retry";
        var response = await staff.SubmitFormAsync("/staff/failed-emails", retry, new Dictionary<string, string>());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await RowsAsync(factory))["refused@example.org"].Status, Is.EqualTo(OutboxStatus.Pending));

        var learner = await factory.ClientForRoleAsync(Roles.Learner);
        Assert.That((await learner.GetAsync("/staff/failed-emails")).Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"));
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.That((await anonymous.GetAsync("/staff/failed-emails")).Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
    }

    [Test]
    public async Task AnUnreachableServerKeepsEveryMessageWaitingWithItsError()
    {
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        using var factory = new LmsWebFactory(new Dictionary<string, string?>
        {
            ["Lms:Email:Delivery"] = "Smtp",
            ["Lms:Email:Smtp:Host"] = "127.0.0.1",
            ["Lms:Email:Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lms:Email:Smtp:Security"] = "None",
            ["Lms:Jobs:RunServer"] = "false",
        });
        await QueueAsync(factory, "one@example.org", "two@example.org");

        await factory.DrainEmailAsync();

        var rows = await RowsAsync(factory);
        Assert.That(rows.Values.Select(r => r.Status), Is.All.EqualTo(OutboxStatus.Pending));
        Assert.That(rows.Values.Select(r => r.Attempts), Is.All.EqualTo(1));
        Assert.That(rows.Values.Select(r => r.LastError), Is.All.Not.Empty);
        Assert.That(rows.Values.Select(r => r.NextAttemptAt), Is.All.GreaterThan(DateTime.UtcNow), "retried later, with backoff");
    }

    [Test]
    public async Task AConnectionLostAfterTheServerTookTheMessageLeavesItUnconfirmedInsteadOfSendingItTwice()
    {
        using var smtp = SmtpServer.Scripted(hangUpAfter: 1);
        var settings = smtp.Settings();
        settings["Lms:Jobs:RunServer"] = "false";
        using var factory = new LmsWebFactory(settings);
        await QueueAsync(factory, "first@example.org", "second@example.org", "third@example.org");

        // One run, as the minutely job makes it: it stops when the connection breaks.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmailDeliveryJob>().RunAsync(CancellationToken.None);
        }

        Assert.That(smtp.Received().Select(m => m.To.Mailboxes.Single().Address), Is.EquivalentTo(new[] { "first@example.org", "second@example.org" }));
        var rows = await RowsAsync(factory);
        Assert.That(rows["first@example.org"].Status, Is.EqualTo(OutboxStatus.Sent));
        Assert.That(rows["second@example.org"].Status, Is.EqualTo(OutboxStatus.Unconfirmed), "the server may have it, so it is not retried");
        Assert.That(rows["second@example.org"].LastError, Is.Not.Empty);
        Assert.That(rows["third@example.org"].Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(rows["third@example.org"].HandedOverAt, Is.Null, "never handed over, so a later run sends it");
    }

    private static async Task QueueAsync(LmsWebFactory factory, params string[] addresses)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        foreach (var address in addresses)
        {
            await outbox.QueueAsync($"test:{Guid.NewGuid():N}", address, "Тест", "Туршилт", "Сайн байна уу", null, "reminder", null);
        }

        await scope.ServiceProvider.GetRequiredService<LmsDbContext>().SaveChangesAsync();
    }

    private static async Task<Dictionary<string, OutboxEmail>> RowsAsync(LmsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LmsDbContext>().OutboxEmails.AsNoTracking().ToDictionaryAsync(e => e.ToAddress);
    }
}
