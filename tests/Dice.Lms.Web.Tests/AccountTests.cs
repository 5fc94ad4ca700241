using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class AccountTests(TestProvider provider)
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory(provider: provider);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Test]
    public async Task AResetLinkCutShortGetsAPageSayingWhatToDo()
    {
        var client = _factory.CreateClient();
        var response = await client.GetAsync("/account/reset-password?email=someone%40example.org");
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo("Холбоос дутуу байна"));
        Assert.That(page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")), Does.Contain("/account/forgot-password"));
    }

    [Test]
    public async Task SignUpCreatesALearnerAndTheConfirmationLinkConfirmsTheAddress()
    {
        var email = $"saraa-{Guid.NewGuid():N}@example.org";
        var client = NewClient();
        var response = await client.SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "Сарангэрэл Батбаяр",
            ["Email"] = email,
            ["Password"] = "ger-window-blue-horse",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(email + " хаяг руу и-мэйл илгээлээ"));
        Assert.That((await client.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "not signed in: a taken address could not be, and the answers must not differ");

        await _factory.DrainEmailAsync();
        var message = Mailbox.Read(_factory.MailFolder).Single(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.That(message.Subject, Is.EqualTo("Dice LMS: и-мэйл хаягаа баталгаажуулна уу"));
        Assert.That(message.TextBody, Does.Not.Contain("Сарангэрэл Батбаяр"), "an unproved address gets no text the sign-up form took");
        Assert.That(message.HtmlBody, Does.Contain("<a href="));

        var link = Mailbox.Link(message, "http://lms.test/account/confirm-email");
        var confirm = await client.GetAsync(new Uri(link).PathAndQuery);
        Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await confirm.Content.ReadAsStringAsync(), Does.Contain("баталгаажлаа"));

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.That(user.EmailConfirmed, Is.True);
        Assert.That(user.FullName, Is.EqualTo("Сарангэрэл Батбаяр"));
        Assert.That(await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).Where(x => x.UserId == user.Id).Select(x => x.Name).SingleAsync(),
            Is.EqualTo(Roles.Learner));
    }

    [Test]
    public async Task ATamperedConfirmationLinkIsRefused()
    {
        var result = await _factory.CreateUserAsync($"tamper-{Guid.NewGuid():N}@example.org", Roles.Learner);
        var response = await NewClient().GetAsync($"/account/confirm-email?userId={result.User!.Id}&token=forged");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task SignUpWithBadInputShowsFieldMessagesInMongolianAndSavesNothing()
    {
        var client = NewClient();
        var response = await client.SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "",
            ["Email"] = "not-an-email",
            ["Password"] = "short",
        });
        var document = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(document.QuerySelector("#FullName-error")?.TextContent, Does.Contain("Овог нэр талбарыг бөглөнө үү"));
        Assert.That(document.QuerySelector("#Email-error")?.TextContent, Does.Contain("зөв и-мэйл хаяг биш"));
        Assert.That(document.QuerySelector("#Password-error")?.TextContent, Does.Contain("дор хаяж 10 тэмдэгт"));
        Assert.That(document.QuerySelector("#Password")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));
        Assert.That(document.QuerySelector("#Password")?.GetAttribute("aria-describedby"), Does.Contain("Password-error"));

        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.AnyAsync(u => u.Email == "not-an-email"), Is.False);
    }

    [Test]
    public async Task AnAddressWithAnApostropheCanSignUp()
    {
        var email = $"o'neil-{Guid.NewGuid():N}@example.org";
        var response = await NewClient().SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "Aoife O'Neil",
            ["Email"] = email,
            ["Password"] = "ger-window-blue-horse",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.AnyAsync(u => u.Email == email), Is.True);
    }

    [Test]
    public async Task AnAddressTheAccountStoreRefusesIsAFieldMessageInMongolian()
    {
        // Passes the form's loose address check (one @, not at either end), then the account store refuses the space.
        var response = await NewClient().SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "Сарангэрэл Батбаяр",
            ["Email"] = "saraa batbayar@example.org",
            ["Password"] = "ger-window-blue-horse",
        });
        var document = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(document.QuerySelector("#Email-error")?.TextContent, Does.Contain("'saraa batbayar@example.org' нь зөв и-мэйл хаяг биш байна."));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.AnyAsync(u => u.Email == "saraa batbayar@example.org"), Is.False);
    }

    [Test]
    public async Task SignUpWithAJoinCodeJoinsTheCohort()
    {
        int cohortId;
        string code;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var cohort = new Dice.Lms.Domain.Cohorts.Cohort($"Join {Guid.NewGuid():N}", null, null, null, Dice.Lms.Domain.Cohorts.JoinCodes.New());
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            (cohortId, code) = (cohort.Id, cohort.JoinCode);
        }

        var email = $"joiner-{Guid.NewGuid():N}@example.org";
        var response = await NewClient().SubmitFormAsync($"/account/sign-up?code={code}", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "Ганбаатар",
            ["Email"] = email,
            ["Password"] = "long enough password",
            ["JoinCode"] = code.ToLowerInvariant()[..5] + "-" + code.ToLowerInvariant()[5..],
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("и-мэйл илгээлээ"));

        await using var check = _factory.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<LmsDbContext>();
        var userId = await checkDb.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var members = await checkDb.Cohorts.Where(c => c.Id == cohortId).SelectMany(c => c.Members).Select(m => m.LearnerId).ToListAsync();
        Assert.That(members, Is.EqualTo(new[] { userId }));
    }

    [Test]
    public async Task AnUnknownJoinCodeIsAFieldError()
    {
        var response = await NewClient().SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "Нэр",
            ["Email"] = $"nocode-{Guid.NewGuid():N}@example.org",
            ["Password"] = "long enough password",
            ["JoinCode"] = "NOSUCHCODE",
        });
        var document = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(document.QuerySelector("#JoinCode-error")?.TextContent, Does.Contain("Ийм кодтой идэвхтэй бүлэг олдсонгүй"));
    }

    [Test]
    public async Task FiveWrongPasswordsHoldTheAccountForSecondsNotMinutes()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "wrong password " + i });
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var right = await client.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Accounts.Password });

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK), "held back for a moment, even with the right password");
        Assert.That(await right.Content.ReadAsStringAsync(), Does.Contain("5 секунд хүлээгээд"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.SingleAsync(u => u.Email == email);
        Assert.That(user.LockoutEnd, Is.Null, "nothing is locked in the database");
    }

    [Test]
    public async Task PasswordResetLinkWorksOnce()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var client = NewClient();
        var sent = await client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.That(await sent.Content.ReadAsStringAsync(), Does.Contain("нууц үг шинэчлэх холбоос"));

        await _factory.DrainEmailAsync();
        var message = Mailbox.Read(_factory.MailFolder).Single(m => m.To.Mailboxes.Any(a => a.Address == email));
        var link = new Uri(Mailbox.Link(message, "http://lms.test/account/reset-password")).PathAndQuery;
        var fields = new Dictionary<string, string> { ["Password"] = "a brand new passphrase" };

        var first = await client.SubmitFormAsync(link, "/account/reset-password", fields);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var second = await client.SubmitFormAsync(link, "/account/reset-password", new Dictionary<string, string> { ["Password"] = "yet another passphrase" });
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("аль хэдийн ашиглагдсан"));

        Assert.That(await _factory.SignedInClientAsync(email, "a brand new passphrase"), Is.Not.Null);
    }

    [Test]
    public async Task ForgotPasswordAnswersTheSameForUnknownAddresses()
    {
        var response = await NewClient().SubmitFormAsync("/account/forgot-password", "/account/forgot-password",
            new Dictionary<string, string> { ["Email"] = "nobody-here@example.org" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("нууц үг шинэчлэх холбоос"));
    }

    [Test]
    public async Task ASuspendedUserCannotSignIn()
    {
        var email = $"suspended-{Guid.NewGuid():N}@example.org";
        var target = await _factory.CreateUserAsync(email, Roles.Learner);
        var admin = await _factory.ClientForRoleAsync(Roles.Admin);
        var suspend = await admin.SubmitFormAsync($"/admin/users/{target.User!.Id}/suspend", $"/admin/users/{target.User!.Id}/suspend", new Dictionary<string, string>());
        Assert.That(suspend.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var response = await NewClient().SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Accounts.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("нэвтрэх боломжгүй"));
    }

    [Test]
    public async Task SignInRedirectsOnlyToLocalAddresses()
    {
        var email = $"redirect-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var response = await NewClient().SubmitFormAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = Accounts.Password, ["ReturnUrl"] = "//evil.example/" });

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"));
    }
}
