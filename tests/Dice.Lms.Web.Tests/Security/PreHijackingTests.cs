using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>
/// Account pre-hijacking: an attacker signs up with someone else's address before staff add that person to a cohort.
/// Staff adding the address must not hand the attacker the real person's cohort, name and courses.
/// </summary>
public sealed class PreHijackingTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("form")]
    [TestCase("csv")]
    public async Task AnUnconfirmedSelfRegisteredAccountIsResetAndTheRealOwnerInvited(string how)
    {
        var victim = $"victim-{how}-{Guid.NewGuid():N}@example.org";
        var attacker = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signUp = await attacker.SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "Attacker",
            ["Email"] = victim,
            ["Password"] = "attacker passphrase 1",
        });
        Assert.That(signUp.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var signIn = await attacker.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = victim, ["Password"] = "attacker passphrase 1" });
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await attacker.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the attacker is signed in");

        var (staff, details) = await CohortAsync();
        var added = how == "form"
            ? await staff.SubmitFormAsync(details, details + "/members", new Dictionary<string, string> { ["Email"] = victim, ["FullName"] = "Жинхэнэ Эзэн" })
            : await staff.UploadAsync(details, details + "/import", "learners.csv", $"email,full_name,organization\n{victim},Жинхэнэ Эзэн,\n");
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await added.Content.ReadAsStringAsync());
        Assert.That(await staff.GetStringAsync(details), Does.Contain(victim).And.Contain("баталгаажаагүй"), "the page says the account was reset");

        Assert.That((await attacker.GetAsync("/my/levels")).Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"), "the attacker's session ended");
        var again = await attacker.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = victim, ["Password"] = "attacker passphrase 1" });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the attacker's password no longer works");

        await _factory.DrainEmailAsync();
        var invitation = Mailbox.Read(_factory.MailFolder).Single(m => m.To.Mailboxes.Any(a => a.Address == victim) && m.Subject == "Dice LMS сургалтад урьж байна");
        var link = new Uri(Mailbox.Link(invitation, "http://lms.test/account/reset-password")).PathAndQuery;
        var owner = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var claimed = await owner.SubmitFormAsync(link, "/account/reset-password", new Dictionary<string, string> { ["Password"] = "the owner's passphrase" });
        Assert.That(claimed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await _factory.SignedInClientAsync(victim, "the owner's passphrase");
    }

    [TestCase(Roles.Admin)]
    [TestCase(Roles.Staff)]
    public async Task StaffCannotRewriteAStaffOrAdminAccount(string role)
    {
        var email = $"{role.ToLowerInvariant()}-target-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, role, fullName: "Original Name");
        var (staff, details) = await CohortAsync();

        var response = await staff.UploadAsync(details, details + "/import", "learners.csv", $"email,full_name,organization\n{email},Someone Else,Evil Org\n");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(Browserless.Parse(await response.Content.ReadAsStringAsync()).Body!.TextContent,
            Does.Contain("2-р мөр").And.Contain("ажилтан эсвэл админы бүртгэл"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.SingleAsync(u => u.Email == email);
        Assert.That(user.FullName, Is.EqualTo("Original Name"));
        Assert.That(user.OrganizationId, Is.Null);
    }

    [Test]
    public async Task ChangingAConfirmedLearnersNameIsSaidOnThePage()
    {
        var email = $"renamed-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner, fullName: "Old Name");
        var (staff, details) = await CohortAsync();

        var added = await staff.SubmitFormAsync(details, details + "/members", new Dictionary<string, string> { ["Email"] = email, ["FullName"] = "New Name" });

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = Browserless.Parse(await staff.GetStringAsync(details)).Body!.TextContent;
        Assert.That(page, Does.Contain(email).And.Contain("Old Name").And.Contain("New Name"), "who was renamed, from what to what");
    }

    private async Task<(HttpClient Staff, string Details)> CohortAsync()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var created = await staff.SubmitFormAsync("/staff/cohorts/new", "/staff/cohorts/save", new Dictionary<string, string>
        {
            ["Name"] = $"Cohort {Guid.NewGuid():N}",
            ["StartDate"] = "2026-01-10",
            ["EndDate"] = "2027-06-30",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return (staff, created.Headers.Location!.OriginalString);
    }
}
