using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// Nothing irreversible on one tap: each such action first shows a page of its own (GET, changing nothing) that says
/// what will happen and what cannot be undone; only its button (a form post with antiforgery) acts. No script needed.
/// </summary>
public sealed class ConfirmationTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task ALearnerConfirmsAnErasureRequestAndCanWithdrawIt()
    {
        var email = $"leaving-{Guid.NewGuid():N}@example.org";
        var id = (await _factory.CreateUserAsync(email, Roles.Learner)).User!.Id;
        var learner = await _factory.SignedInClientAsync(email);

        var data = await learner.GetPageAsync("/account/data");
        Assert.That(data.QuerySelector("form[action='/account/data/erasure']"), Is.Null, "the data page only links to the confirmation");
        var confirm = await learner.GetPageAsync("/account/data/erasure");
        AssertConfirmation(confirm, "/account/data/erasure", "Мэдээллээ устгуулах хүсэлт илгээх үү?", cannotUndo: true);
        Assert.That(await CountAsync(db => db.ErasureRequests.CountAsync(r => r.UserId == id)), Is.Zero, "looking changes nothing");

        await learner.SubmitFormAsync("/account/data/erasure", "/account/data/erasure", new Dictionary<string, string>());
        Assert.That(await CountAsync(db => db.ErasureRequests.CountAsync(r => r.UserId == id && r.CompletedAt == null)), Is.EqualTo(1));

        var withdraw = await learner.GetPageAsync("/account/data/erasure/withdraw");
        AssertConfirmation(withdraw, "/account/data/erasure/withdraw", "Устгуулах хүсэлтээ цуцлах уу?", cannotUndo: false);
        var done = await learner.SubmitFormAsync("/account/data/erasure/withdraw", "/account/data/erasure/withdraw", new Dictionary<string, string>());
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await CountAsync(db => db.ErasureRequests.CountAsync(r => r.UserId == id)), Is.Zero, "the request is gone");
        Assert.That((await learner.GetPageAsync("/account/data")).QuerySelector("main")!.TextContent, Does.Contain("Устгуулах хүсэлтийг цуцаллаа."));
    }

    [Test]
    public async Task StaffConfirmErasingRemovingAMemberAndANewJoinCode()
    {
        var cohortId = await _factory.Services.CreateCohortAsync($"Confirm {Guid.NewGuid():N}", "safety");
        var cohortName = await CountAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync());
        var email = $"member-{Guid.NewGuid():N}@example.org";
        var memberId = (await _factory.CreateUserAsync(email, Roles.Learner, cohortName, fullName: "Батын Сараа")).User!.Id;
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);

        var details = await staff.GetPageAsync($"/staff/cohorts/{cohortId}");
        Assert.That(details.QuerySelector($"form[action$='/remove'], form[action$='/join-code']"), Is.Null, "no one-tap forms on the cohort page");
        var remove = await staff.GetPageAsync($"/staff/cohorts/{cohortId}/members/{memberId}/remove");
        AssertConfirmation(remove, $"/staff/cohorts/{cohortId}/members/{memberId}/remove", "Бүлгээс хасах уу?", cannotUndo: false);
        Assert.That(remove.QuerySelector("main")!.TextContent, Does.Contain("Батын Сараа").And.Contain(email));
        Assert.That(await CountAsync(db => db.Cohorts.Where(c => c.Id == cohortId).SelectMany(c => c.Members).CountAsync()), Is.EqualTo(1), "looking changes nothing");
        await staff.SubmitFormAsync($"/staff/cohorts/{cohortId}/members/{memberId}/remove", $"/staff/cohorts/{cohortId}/members/{memberId}/remove", new Dictionary<string, string>());
        Assert.That(await CountAsync(db => db.Cohorts.Where(c => c.Id == cohortId).SelectMany(c => c.Members).CountAsync()), Is.Zero);

        var code = await CountAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.JoinCode).SingleAsync());
        var newCode = await staff.GetPageAsync($"/staff/cohorts/{cohortId}/join-code");
        AssertConfirmation(newCode, $"/staff/cohorts/{cohortId}/join-code", "Шинэ код үүсгэх үү?", cannotUndo: true);
        Assert.That(newCode.QuerySelector("main")!.TextContent, Does.Contain(code), "names the code that stops working");
        Assert.That(await CountAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.JoinCode).SingleAsync()), Is.EqualTo(code));
        await staff.SubmitFormAsync($"/staff/cohorts/{cohortId}/join-code", $"/staff/cohorts/{cohortId}/join-code", new Dictionary<string, string>());
        Assert.That(await CountAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.JoinCode).SingleAsync()), Is.Not.EqualTo(code));

        var learner = await _factory.SignedInClientAsync(email);
        await learner.SubmitFormAsync("/account/data/erasure", "/account/data/erasure", new Dictionary<string, string>());
        var requestId = await CountAsync(db => db.ErasureRequests.Where(r => r.UserId == memberId).Select(r => r.Id).SingleAsync());
        var list = await staff.GetPageAsync("/staff/erasure-requests");
        Assert.That(list.QuerySelector("form[action$='/erase']"), Is.Null);
        var erase = await staff.GetPageAsync($"/staff/erasure-requests/{requestId}/erase");
        AssertConfirmation(erase, $"/staff/erasure-requests/{requestId}/erase", "Энэ хүний мэдээллийг устгах уу?", cannotUndo: true);
        Assert.That(await CountAsync(db => db.ErasureRequests.CountAsync(r => r.Id == requestId && r.CompletedAt == null)), Is.EqualTo(1), "looking changes nothing");
        await staff.SubmitFormAsync($"/staff/erasure-requests/{requestId}/erase", $"/staff/erasure-requests/{requestId}/erase", new Dictionary<string, string>());
        Assert.That(await CountAsync(db => db.ErasureRequests.CountAsync(r => r.Id == requestId && r.CompletedAt != null)), Is.EqualTo(1));
        await staff.GetPageAsync($"/staff/erasure-requests/{requestId}/erase", HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AnAdminConfirmsSuspendingAndReinstating()
    {
        var email = $"suspend-{Guid.NewGuid():N}@example.org";
        var id = (await _factory.CreateUserAsync(email, Roles.Learner)).User!.Id;
        var admin = await _factory.ClientForRoleAsync(Roles.Admin);

        var suspend = await admin.GetPageAsync($"/admin/users/{id}/suspend");
        AssertConfirmation(suspend, $"/admin/users/{id}/suspend", "Бүртгэлийг түдгэлзүүлэх үү?", cannotUndo: false);
        Assert.That(await CountAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsSuspended).SingleAsync()), Is.False, "looking changes nothing");
        await admin.SubmitFormAsync($"/admin/users/{id}/suspend", $"/admin/users/{id}/suspend", new Dictionary<string, string>());
        Assert.That(await CountAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsSuspended).SingleAsync()), Is.True);

        var reinstate = await admin.GetPageAsync($"/admin/users/{id}/suspend");
        Assert.That(reinstate.QuerySelector("h1")?.TextContent, Is.EqualTo("Бүртгэлийг сэргээх үү?"));
        await admin.SubmitFormAsync($"/admin/users/{id}/suspend", $"/admin/users/{id}/suspend", new Dictionary<string, string>());
        Assert.That(await CountAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsSuspended).SingleAsync()), Is.False);
    }

    private static void AssertConfirmation(AngleSharp.Html.Dom.IHtmlDocument page, string action, string title, bool cannotUndo)
    {
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo(title));
            var form = page.QuerySelector($"form[method=post][action='{action}']");
            Assert.That(form, Is.Not.Null, "the button posts to the same address");
            Assert.That(form?.QuerySelector("input[name=__RequestVerificationToken]"), Is.Not.Null, "with antiforgery");
            Assert.That(form?.QuerySelector("a.button[href]"), Is.Not.Null, "and a way back");
            Assert.That(page.QuerySelector("#cannot-undo") is not null, Is.EqualTo(cannotUndo), "says what cannot be undone");
        });
    }

    private async Task<T> CountAsync<T>(Func<LmsDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LmsDbContext>());
    }
}
