using System.Net;
using System.Text.Json;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Responses;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class PersonalDataTests(TestProvider provider)
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory(provider: provider);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task ALearnerDownloadsTheirOwnDataAndNobodyElses()
    {
        var mine = await LearnerWithDataAsync("oyun@example.org", "Батбаярын Оюунцэцэг", ProficiencyLevel.Advanced);
        await LearnerWithDataAsync("other@example.org", "Доржийн Сараа", ProficiencyLevel.None);
        var client = await _factory.SignedInClientAsync("oyun@example.org");

        var response = await client.GetAsync("/account/data/export.json");
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), Browserless.Shorten(json));
        using var data = JsonDocument.Parse(json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Does.Contain("dice-lms-my-data.json"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "no copy stays in a shared cache");
        Assert.That(data.RootElement.GetProperty("account").GetProperty("fullName").GetString(), Is.EqualTo("Батбаярын Оюунцэцэг"));
        Assert.That(data.RootElement.GetProperty("account").GetProperty("id").GetString(), Is.EqualTo(mine));
        Assert.That(data.RootElement.GetProperty("selfAssessments")[0].GetProperty("levels").GetString(), Does.Contain("safety=advanced"));
        Assert.That(json, Does.Contain("Батбаярын Оюунцэцэг"), "Cyrillic is written as text, not escapes");
        Assert.That(json, Does.Not.Contain("other@example.org").And.Not.Contain("Доржийн Сараа"));
    }

    [Test]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/account/data/export.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
    }

    [Test]
    public async Task StaffEraseARequestedAccountAndTheCohortCountsStay()
    {
        var learnerId = await LearnerWithDataAsync("erase-me@example.org", "Эрдэнийн Болор", ProficiencyLevel.Beginner);
        var learner = await _factory.SignedInClientAsync("erase-me@example.org");
        // A password reset leaves an e-mail with the address in the outbox.
        await _factory.CreateClient().SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = "erase-me@example.org" });
        Assert.That(await CountAsync(db => db.OutboxEmails.CountAsync(e => e.ToAddress == "erase-me@example.org")), Is.GreaterThan(0));

        await learner.SubmitFormAsync("/account/data/erasure", "/account/data/erasure", new Dictionary<string, string>());
        var again = await learner.GetStringAsync("/account/data");
        Assert.That(again, Does.Not.Contain("href=\"/account/data/erasure\"").And.Contain("href=\"/account/data/erasure/withdraw\""), "one request at a time, and a way to withdraw it");
        Assert.That(await CountAsync(db => db.ErasureRequests.CountAsync(r => r.UserId == learnerId)), Is.EqualTo(1));

        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var list = await staff.GetPageAsync("/staff/erasure-requests");
        Assert.That(list.Body!.TextContent, Does.Contain("Эрдэнийн Болор"), "staff see whose request is open");
        var requestId = await CountAsync(db => db.ErasureRequests.Where(r => r.UserId == learnerId).Select(r => r.Id).SingleAsync());
        var erased = await staff.SubmitFormAsync($"/staff/erasure-requests/{requestId}/erase", $"/staff/erasure-requests/{requestId}/erase", new Dictionary<string, string>());
        Assert.That(erased.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == learnerId);
        Assert.That(user.FullName, Is.Empty);
        Assert.That(user.Email, Does.EndWith("@erased.invalid"));
        Assert.That(user.PasswordHash, Is.Null);
        Assert.That(await db.OutboxEmails.CountAsync(e => e.ToAddress == "erase-me@example.org" || e.UserId == learnerId), Is.Zero);
        Assert.That(await db.SelfAssessments.CountAsync(s => s.LearnerId == learnerId), Is.EqualTo(1), "the anonymous record stays for the cohort's counts");
        Assert.That((await learner.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the session ends");
        var signIn = await _factory.CreateClient().SubmitFormAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = "erase-me@example.org", ["Password"] = Accounts.Password });
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), "signing in fails");
        Assert.That((await staff.GetStringAsync("/staff/erasure-requests")), Does.Not.Contain("Эрдэнийн Болор"), "the done request names nobody");
        var token = await staff.AntiforgeryTokenAsync("/account/password");
        var twice = await staff.PostAsync($"/staff/erasure-requests/{requestId}/erase", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.That(twice.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a replayed post changes nothing");
        Assert.That(Browserless.Parse(await twice.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent, Is.EqualTo("Энэ хүсэлтийг аль хэдийн гүйцэтгэсэн"));
        Assert.That(await db.ErasureRequests.CountAsync(r => r.UserId == learnerId && r.CompletedAt != null), Is.EqualTo(1));
    }

    [Test]
    public async Task OnlyAnAdminErasesAStaffAccount()
    {
        await _factory.CreateUserAsync("staff-leaving@example.org", Roles.Staff);
        var leaving = await _factory.SignedInClientAsync("staff-leaving@example.org");
        await leaving.SubmitFormAsync("/account/data/erasure", "/account/data/erasure", new Dictionary<string, string>());
        var requestId = await CountAsync(db => db.ErasureRequests.Where(r => r.CompletedAt == null).Join(db.Users.Where(u => u.Email == "staff-leaving@example.org"), r => r.UserId, u => u.Id, (r, _) => r.Id).SingleAsync());
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var token = await staff.AntiforgeryTokenAsync("/account/password");

        var refused = await staff.PostAsync($"/staff/erasure-requests/{requestId}/erase", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.Headers.Location?.OriginalString, Does.Contain("/account/access-denied"));

        var admin = await _factory.ClientForRoleAsync(Roles.Admin);
        var adminToken = await admin.AntiforgeryTokenAsync($"/staff/erasure-requests/{requestId}/erase");
        var done = await admin.PostAsync($"/staff/erasure-requests/{requestId}/erase", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = adminToken }));
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(done.Headers.Location?.OriginalString, Is.EqualTo("/staff/erasure-requests"));
    }

    private async Task<string> LearnerWithDataAsync(string email, string name, ProficiencyLevel safety)
    {
        var account = await _factory.CreateUserAsync(email, Roles.Learner, fullName: name);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var result = new SelfAssessmentResult(userId, null, SelfAssessmentKind.Baseline, DateTime.UtcNow);
        result.Record(new Dictionary<string, ProficiencyLevel> { ["safety"] = safety }, DateTime.UtcNow);
        db.SelfAssessments.Add(result);
        await db.SaveChangesAsync();
        Assert.That(account.Errors, Is.Empty);
        return userId;
    }

    private async Task<T> CountAsync<T>(Func<LmsDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LmsDbContext>());
    }
}
