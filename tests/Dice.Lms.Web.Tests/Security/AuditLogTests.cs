using System.Net;
using System.Text.Json;
using Dice.Lms.Domain.Audit;
using Dice.Lms.Infrastructure.Audit;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>
/// The security event log: each kind of event, done the way an attacker or an administrator does it, leaves a row in
/// AuditEvents and a structured log event, never a password; admins read it at /admin/audit; the person finds it in
/// their data export; erasure and retention remove what identifies people.
/// </summary>
public sealed class AuditLogTests
{
    private const string Guess = "attacker guess 0123";

    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task FailedAndHeldSignInsAreRecordedWithTheAddressTypedButNeverThePassword()
    {
        var email = $"guessed-{Guid.NewGuid():N}@example.org";
        var userId = (await _factory.CreateUserAsync(email, Roles.Learner)).User!.Id;
        var nobody = $"nobody-{Guid.NewGuid():N}@example.org";
        for (var i = 0; i < 7; i++)
        {
            await SignInAsync(email, Guess + i);
        }

        await SignInAsync(nobody, Guess);

        var events = await EventsAsync(e => e.SubjectId == userId);
        Assert.That(events.Count(e => e.Type == AuditEventType.SignInFailed), Is.EqualTo(5), "four free guesses and the one that starts the wait");
        Assert.That(events.Count(e => e.Type == AuditEventType.SignInHeld), Is.EqualTo(2), "guesses during the wait are held, and recorded as such");
        Assert.That(events.Select(e => (e.Target, e.ActorId)).Distinct(), Is.EqualTo(new[] { ((string?)email, (string?)null) }));
        var unknown = (await EventsAsync(e => e.Target == nobody)).Single();
        Assert.That((unknown.Type, unknown.SubjectId), Is.EqualTo((AuditEventType.SignInFailed, (string?)null)), "an address with no account is recorded too");

        var all = await EventsAsync(_ => true);
        Assert.That(all.Select(e => e.Target ?? ""), Has.None.Contains(Guess));
        var logged = _factory.LogEvents.Where(e => e.Properties.TryGetValue("SubjectId", out var s) && Equals(s, userId)).ToList();
        Assert.That(logged.Count(e => Equals(e.Properties["AuditEventType"], AuditEventType.SignInFailed)), Is.EqualTo(5), "a structured log event for each");
        Assert.That(logged[0].Properties["AuditTarget"], Is.EqualTo(email));
        Assert.That(_factory.LogEvents.SelectMany(e => e.Properties.Values.Select(v => $"{v}").Append(e.Message)), Has.None.Contains(Guess));
    }

    [Test]
    public async Task AnAdminsRoleChangeSuspensionAndReinstatementAreRecordedWithTheAdminAsActor()
    {
        var adminEmail = $"admin-{Guid.NewGuid():N}@example.org";
        var adminId = (await _factory.CreateUserAsync(adminEmail, Roles.Admin)).User!.Id;
        var admin = await _factory.SignedInClientAsync(adminEmail);
        var email = $"promoted-{Guid.NewGuid():N}@example.org";
        var userId = (await _factory.CreateUserAsync(email, Roles.Learner)).User!.Id;

        await admin.SubmitFormAsync("/admin/users", $"/admin/users/{userId}/role", new Dictionary<string, string> { ["role"] = Roles.Trainer });
        await admin.SubmitFormAsync($"/admin/users/{userId}/suspend", $"/admin/users/{userId}/suspend", new Dictionary<string, string> { ["suspended"] = "true" });
        await admin.SubmitFormAsync($"/admin/users/{userId}/suspend", $"/admin/users/{userId}/suspend", new Dictionary<string, string> { ["suspended"] = "false" });

        var events = await EventsAsync(e => e.SubjectId == userId);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { AuditEventType.RoleChanged, AuditEventType.Suspended, AuditEventType.Reinstated }));
        Assert.That(events.Select(e => e.ActorId).Distinct(), Is.EqualTo(new[] { adminId }));
        Assert.That(events[0].Target, Is.EqualTo($"{email}: {Roles.Learner} → {Roles.Trainer}"));
    }

    [Test]
    public async Task PasswordChangesWrongCurrentPasswordsAndResetsAreRecorded()
    {
        var email = $"changer-{Guid.NewGuid():N}@example.org";
        var userId = (await _factory.CreateUserAsync(email, Roles.Learner)).User!.Id;
        var client = await _factory.SignedInClientAsync(email);
        await client.SubmitFormAsync("/account/password", "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = Guess, ["NewPassword"] = "a brand new passphrase" });
        var changed = await client.SubmitFormAsync("/account/password", "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = Accounts.Password, ["NewPassword"] = "a brand new passphrase" });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await NewClient().SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        await _factory.DrainEmailAsync();
        var message = Mailbox.Read(_factory.MailFolder).Last(m => m.To.Mailboxes.Any(a => a.Address == email));
        var reset = await NewClient().SubmitFormAsync(new Uri(Mailbox.Link(message, "http://lms.test/account/reset-password")).PathAndQuery,
            "/account/reset-password", new Dictionary<string, string> { ["Password"] = "the owner's reset passphrase" });
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var events = await EventsAsync(e => e.SubjectId == userId);
        Assert.That(events.Select(e => (e.Type, e.ActorId)), Is.EqualTo(new[]
        {
            (AuditEventType.PasswordCheckFailed, (string?)userId),
            (AuditEventType.PasswordChanged, userId),
            (AuditEventType.PasswordReset, null),
        }), "a failed change is one event, not also a change");
    }

    [Test]
    public async Task ThePersonFindsTheirEventsInTheirExportAndErasureKeepsTheEventsButNotWhoTheyWere()
    {
        var email = $"leaving-{Guid.NewGuid():N}@example.org";
        var userId = (await _factory.CreateUserAsync(email, Roles.Learner)).User!.Id;
        await SignInAsync(email, Guess);
        var learner = await _factory.SignedInClientAsync(email);

        var export = JsonDocument.Parse(await learner.GetStringAsync("/account/data/export.json")).RootElement.GetProperty("securityEvents");
        var types = export.EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.That(types, Is.EqualTo(new[] { nameof(AuditEventType.SignInFailed), nameof(AuditEventType.PersonalDataExported) }));
        Assert.That(export[0].GetProperty("target").GetString(), Is.EqualTo(email));

        await learner.SubmitFormAsync("/account/data/erasure", "/account/data/erasure", new Dictionary<string, string>());
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        int requestId;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            requestId = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().ErasureRequests.Where(r => r.UserId == userId).Select(r => r.Id).SingleAsync();
        }

        var erased = await staff.SubmitFormAsync($"/staff/erasure-requests/{requestId}/erase", $"/staff/erasure-requests/{requestId}/erase", new Dictionary<string, string>());
        Assert.That(erased.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var events = await EventsAsync(e => e.SubjectId == userId);
        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[] { AuditEventType.SignInFailed, AuditEventType.PersonalDataExported, AuditEventType.Erased }),
            "the events stay");
        Assert.That(events.Take(2).Select(e => (e.Target, e.ClientAddress)).Distinct(), Is.EqualTo(new[] { ((string?)null, (string?)null) }),
            "but not the address typed or the address they came from");
        Assert.That((await EventsAsync(_ => true)).Select(e => e.Target ?? ""), Has.None.Contains(email));
    }

    [Test]
    public async Task TheDailyJobDeletesEventsOlderThanTheRetentionPeriod()
    {
        var marker = $"retention-{Guid.NewGuid():N}";
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var now = DateTime.UtcNow;
            db.AuditEvents.AddRange(
                new AuditEvent(AuditEventType.SignInFailed, null, null, marker + "-old", null, now.AddDays(-366)),
                new AuditEvent(AuditEventType.SignInFailed, null, null, marker + "-recent", null, now.AddDays(-364)));
            await db.SaveChangesAsync();
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditRetentionJob>().RunAsync(CancellationToken.None);
        }

        var left = await EventsAsync(e => e.Target!.StartsWith(marker));
        Assert.That(left.Select(e => e.Target), Is.EqualTo(new[] { marker + "-recent" }), "365 days by default");
    }

    [Test]
    public async Task AdminsFilterTheLogByEventAddressAndDates()
    {
        var email = $"filtered-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        await SignInAsync(email, Guess);
        var admin = await _factory.ClientForRoleAsync(Roles.Admin);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        var found = await admin.GetPageAsync($"/admin/audit?type=SignInFailed&who={Uri.EscapeDataString(email)}&from={today}&to={today}");
        var rows = found.QuerySelectorAll("tbody tr");
        Assert.That(rows, Has.Length.EqualTo(1));
        Assert.That(rows[0].TextContent, Does.Contain("Нэвтрэлт амжилтгүй").And.Contain(email));

        Assert.That((await admin.GetPageAsync($"/admin/audit?type=Suspended&who={Uri.EscapeDataString(email)}")).QuerySelectorAll("tbody tr"), Is.Empty);
        Assert.That((await admin.GetPageAsync($"/admin/audit?who={Uri.EscapeDataString(email)}&from={tomorrow}")).QuerySelectorAll("tbody tr"), Is.Empty);
        var reversed = await admin.GetPageAsync($"/admin/audit?from={tomorrow}&to={today}&culture=en");
        Assert.That(reversed.QuerySelector("[role=alert]")?.TextContent, Does.Contain("before the \"from\" date"));
        var bad = await admin.GetPageAsync("/admin/audit?from=yesterday");
        Assert.That(bad.QuerySelector("[role=alert]")?.TextContent, Does.Contain("ОООО-СС-ӨӨ"));

        var learner = await _factory.ClientForRoleAsync(Roles.Learner);
        var refused = await learner.GetAsync("/admin/audit");
        Assert.That(refused.Headers.Location?.OriginalString, Does.Contain("/account/access-denied"), "a learner is refused, as on every admin page");
    }

    /// <summary>Behind the trusted proxy the client's own address is recorded; a client reaching the site directly cannot choose one.</summary>
    [Test]
    [Category(Needs.Process)]
    public async Task TheClientAddressIsTheOneTheTrustedProxySawNotOneAClientWrote()
    {
        using var site = new LmsWebFactory(new Dictionary<string, string?> { ["Lms:Proxy:KnownProxies"] = "127.0.0.2" });
        site.UseKestrel(0);
        site.StartServer();
        var baseAddress = new Uri($"http://127.0.0.1:{site.ClientOptions.BaseAddress.Port}/");
        var email = $"proxied-{Guid.NewGuid():N}@example.org";
        await site.CreateUserAsync(email, Roles.Learner);
        using var proxied = Visitor.BehindProxy(baseAddress, "127.0.0.2", "203.0.113.77");
        using var spoofer = Visitor.From(baseAddress, "127.0.0.3", () => [new("X-Forwarded-For", "198.51.100.1")]);

        await proxied.Client.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Guess });
        await spoofer.Client.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Guess });

        await using var scope = site.Services.CreateAsyncScope();
        var addresses = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().AuditEvents.OrderBy(e => e.Id).Select(e => e.ClientAddress).ToListAsync();
        Assert.That(addresses, Is.EqualTo(new[] { "203.0.113.77", "127.0.0.3" }));
    }

    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        NewClient().SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private async Task<List<AuditEvent>> EventsAsync(System.Linq.Expressions.Expression<Func<AuditEvent, bool>> where)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LmsDbContext>().AuditEvents.Where(where).OrderBy(e => e.Id).ToListAsync();
    }
}
