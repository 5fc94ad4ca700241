using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class StaffTests(TestProvider provider)
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory(provider: provider);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("/admin/users")]
    [TestCase("/staff/cohorts")]
    [TestCase("/staff/organizations")]
    public async Task AnonymousVisitorsAreSentToSignIn(string url)
    {
        var response = await _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
    }

    [TestCase(Roles.Learner, "/admin/users", HttpStatusCode.Redirect)]
    [TestCase(Roles.Trainer, "/admin/users", HttpStatusCode.Redirect)]
    [TestCase(Roles.Staff, "/admin/users", HttpStatusCode.Redirect)]
    [TestCase(Roles.Admin, "/admin/users", HttpStatusCode.OK)]
    [TestCase(Roles.Learner, "/staff/cohorts", HttpStatusCode.Redirect)]
    [TestCase(Roles.Trainer, "/staff/cohorts", HttpStatusCode.Redirect)]
    [TestCase(Roles.Staff, "/staff/cohorts", HttpStatusCode.OK)]
    [TestCase(Roles.Admin, "/staff/organizations", HttpStatusCode.OK)]
    public async Task PagesAreOpenOnlyToTheirRoles(string role, string url, HttpStatusCode expected)
    {
        var client = await _factory.ClientForRoleAsync(role);
        var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"));
        }
    }

    [Test]
    public async Task ALearnerCannotPostToStaffActions()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var token = await client.AntiforgeryTokenAsync("/account/sign-up");
        var response = await client.PostAsync("/staff/organizations/save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Name"] = "Hijack",
            ["Location"] = "Ulaanbaatar",
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Organizations.AnyAsync(o => o.Name == "Hijack"), Is.False);
    }

    [Test]
    public async Task StaffCreateAnOrganizationAndACohortThenImportLearnersWithInvitations()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var saved = await staff.SubmitFormAsync("/staff/organizations/new", "/staff/organizations/save", new Dictionary<string, string>
        {
            ["Name"] = "Өмнийн говь ТББ",
            ["Location"] = "Umnugobi",
            ["Sectors"] = "education",
            ["TargetGroups"] = "herders",
        });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var cohortName = $"DICE 2026 Umnugobi {Guid.NewGuid():N}";
        var created = await staff.SubmitFormAsync("/staff/cohorts/new", "/staff/cohorts/save", new Dictionary<string, string>
        {
            ["Name"] = cohortName,
            ["StartDate"] = "2026-01-10",
            ["EndDate"] = "2026-06-30",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await created.Content.ReadAsStringAsync());
        var details = created.Headers.Location!.OriginalString;

        // A file with two bad lines is refused whole, with one message per line.
        var bad = await staff.UploadAsync(details, details + "/import", "learners.csv", "email,full_name,organization\nbat@example.org,Батболд,Өмнийн говь ТББ\nnot-an-address,Нэр,\nbat@example.org,Дахин,\n");
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var badText = Browserless.Parse(badHtml).Body!.TextContent;
        Assert.That(badText, Does.Contain("3-р мөр: 'not-an-address' нь и-мэйл хаяг биш байна"), "in the page's language (Mongolian by default)");
        Assert.That(badText, Does.Contain("4-р мөр: bat@example.org хаяг 2-р мөрөнд аль хэдийн байна"));
        var badInEnglish = await staff.UploadAsync(details, details + "/import?culture=en", "learners.csv", "email,full_name,organization\nnot-an-address,Нэр,\n");
        Assert.That(Browserless.Parse(await badInEnglish.Content.ReadAsStringAsync()).Body!.TextContent, Does.Contain("line 2: 'not-an-address' is not an e-mail address"));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.AnyAsync(u => u.Email == "bat@example.org"), Is.False);
        }

        var good = await staff.UploadAsync(details, details + "/import", "learners.csv", "email,full_name,organization\r\nbat@example.org,Батболд,Өмнийн говь ТББ\r\n\"sar@example.org\",\"Сараа, Д.\",Шинэ холбоо\r\n");
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await good.Content.ReadAsStringAsync());
        var page = await staff.GetStringAsync(details);
        Assert.That(page, Does.Contain("Батболд").And.Contain("Сараа, Д."));

        await _factory.DrainEmailAsync();
        var invitations = Mailbox.Read(_factory.MailFolder).Where(m => m.Subject == "Dice LMS сургалтад урьж байна").ToList();
        Assert.That(invitations.SelectMany(m => m.To.Mailboxes).Select(a => a.Address), Is.EquivalentTo(new[] { "bat@example.org", "sar@example.org" }));

        // The invitation names the cohort and who sent it, says how long the link lasts, and asks nothing to be ignored.
        var invitation = invitations.First(m => m.To.Mailboxes.Single().Address == "bat@example.org");
        Assert.That(invitation.TextBody, Does.Contain($"«{cohortName}»").And.Contain("Test User").And.Contain("7 хоног"));
        Assert.That(invitation.TextBody, Does.Not.Contain("гаргаагүй бол"), "the learner asked for nothing");

        // The invitation lets the learner choose a password, which also confirms the address, signs them in and lands on their home.
        var link = new Uri(Mailbox.Link(invitation, "http://lms.test/account/reset-password")).PathAndQuery;
        var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var claimed = await anonymous.SubmitFormAsync(link, "/account/reset-password", new Dictionary<string, string> { ["Password"] = "my own passphrase" });
        Assert.That(claimed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(claimed.Headers.Location?.OriginalString, Is.EqualTo("/"));
        Assert.That((await anonymous.GetPageAsync("/")).QuerySelector("#my-courses"), Is.Not.Null, "signed in, on their own home");
        var used = await _factory.CreateClient().SubmitFormAsync(link, "/account/reset-password", new Dictionary<string, string> { ["Password"] = "another passphrase" });
        var usedPage = Browserless.Parse(await used.Content.ReadAsStringAsync());
        Assert.That(usedPage.QuerySelector("a[href^='/account/forgot-password?email=']"), Is.Not.Null, "a used or expired link offers a new one by e-mail");
        await using var check = _factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LmsDbContext>();
        var bat = await db.Users.SingleAsync(u => u.Email == "bat@example.org");
        Assert.That(bat.EmailConfirmed, Is.True);
        Assert.That(await db.Organizations.AnyAsync(o => o.Name == "Шинэ холбоо"), Is.True, "missing organisations are created");

        // Importing the same list again updates and duplicates nothing.
        var again = await staff.UploadAsync(details, details + "/import", "learners.csv", "email,full_name,organization\nbat@example.org,Батболд,Өмнийн говь ТББ\n");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await db.Users.CountAsync(u => u.Email == "bat@example.org"), Is.EqualTo(1));
        Assert.That(await db.Cohorts.Where(c => c.Name == cohortName).SelectMany(c => c.Members).CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task TheAddMemberFormMarksItsOwnFieldsInThePagesLanguage()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var created = await staff.SubmitFormAsync("/staff/cohorts/new", "/staff/cohorts/save", new Dictionary<string, string> { ["Name"] = $"Add member {Guid.NewGuid():N}" });
        var details = created.Headers.Location!.OriginalString;

        var response = await staff.SubmitFormAsync(details, details + "/members", new Dictionary<string, string> { ["Email"] = "", ["FullName"] = "" });
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(page.QuerySelector("#member-email")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));
        Assert.That(page.QuerySelector("#member-email-error")?.TextContent, Does.Contain("бөглөнө үү"));
        Assert.That(page.QuerySelector("#member-name-error")?.TextContent, Does.Contain("бөглөнө үү"));
        Assert.That(page.Body!.TextContent, Does.Not.Contain("Email:").And.Not.Contain("FullName:"), "no English field names at the top of the page");
        Assert.That(page.QuerySelector(".form-errors"), Is.Null);
    }

    [Test]
    public async Task ACohortEndingBeforeItStartsIsAFieldError()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var response = await staff.SubmitFormAsync("/staff/cohorts/new", "/staff/cohorts/save", new Dictionary<string, string>
        {
            ["Name"] = "Backwards",
            ["StartDate"] = "2026-06-30",
            ["EndDate"] = "2026-01-10",
        });
        var document = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(document.QuerySelector("#EndDate-error")?.TextContent, Does.Contain("Дуусах огноо эхлэх огнооноос өмнө"));
    }

    [Test]
    public async Task AnAdministratorChangesARole()
    {
        var email = $"promote-{Guid.NewGuid():N}@example.org";
        var target = await _factory.CreateUserAsync(email, Roles.Learner);
        var admin = await _factory.ClientForRoleAsync(Roles.Admin);

        var response = await admin.SubmitFormAsync($"/admin/users?q={email}", $"/admin/users/{target.User!.Id}/role",
            new Dictionary<string, string> { ["role"] = Roles.Trainer });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var trainer = await _factory.SignedInClientAsync(email);
        Assert.That((await trainer.GetAsync("/staff/cohorts")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<LmsUser>>();
        Assert.That(await users.GetRolesAsync((await users.FindByEmailAsync(email))!), Is.EqualTo(new[] { Roles.Trainer }));
    }
}
