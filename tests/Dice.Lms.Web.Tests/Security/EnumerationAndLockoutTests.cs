using System.Net;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>
/// Nobody learns from the site whether an address has an account, and nobody can keep a person out by typing wrong
/// passwords for them.
/// </summary>
public sealed class EnumerationAndLockoutTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Test]
    public async Task SignUpAnswersTheSameWhetherTheAddressHasAnAccountAndTellsTheOwner()
    {
        var taken = $"taken-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(taken, Roles.Learner);
        var fresh = $"fresh-{Guid.NewGuid():N}@example.org";

        var (takenStatus, takenText) = await SignUpAsync(taken);
        var (freshStatus, freshText) = await SignUpAsync(fresh);

        Assert.That(takenStatus, Is.EqualTo(freshStatus));
        Assert.That(takenText.Replace(taken, "ADDRESS", StringComparison.Ordinal), Is.EqualTo(freshText.Replace(fresh, "ADDRESS", StringComparison.Ordinal)));
        Assert.That(takenText, Does.Not.Contain("аль хэдийн"));
        await _factory.DrainEmailAsync();
        var toOwner = Mailbox.Read(_factory.MailFolder).Single(m => m.To.Mailboxes.Any(a => a.Address == taken));
        Assert.That(toOwner.TextBody, Does.Contain("/account/forgot-password"), "the owner learns someone used the address, and how to get in");
    }

    [Test]
    public async Task WrongPasswordsAnswerTheSameForAnAccountAndForNobody()
    {
        var known = $"known-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(known, Roles.Learner);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        for (var i = 0; i < 7; i++)
        {
            var a = await SignInTextAsync(known, "wrong password " + i);
            var b = await SignInTextAsync(unknown, "wrong password " + i);
            Assert.That(a.Replace(known, "ADDRESS", StringComparison.Ordinal), Is.EqualTo(b.Replace(unknown, "ADDRESS", StringComparison.Ordinal)), $"attempt {i + 1}");
        }
    }

    [Test]
    public async Task AStrangersWrongPasswordsSlowTheAccountBrieflyAndTheOwnersResetLinkAlwaysGetsThemIn()
    {
        var email = $"target-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        for (var i = 0; i < 12; i++)
        {
            await SignInTextAsync(email, "stranger guess " + i);
        }

        // The right password is held back for a few seconds, with the wait said, never for 15 minutes.
        var held = await SignInTextAsync(email, Accounts.Password);
        Assert.That(held, Does.Contain("секунд").And.Not.Contain("15 минут"));

        var sent = await NewClient().SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _factory.DrainEmailAsync();
        var message = Mailbox.Read(_factory.MailFolder).Last(m => m.To.Mailboxes.Any(a => a.Address == email));
        var owner = NewClient();
        var reset = await owner.SubmitFormAsync(new Uri(Mailbox.Link(message, "http://lms.test/account/reset-password")).PathAndQuery,
            "/account/reset-password", new Dictionary<string, string> { ["Password"] = "owner's fresh passphrase" });

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await owner.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the reset link signs the owner in, whatever a stranger keeps typing");
    }

    [Test]
    public async Task GuessingTheCurrentPasswordOnThePasswordPageIsHeldBack()
    {
        var email = $"stolen-session-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var thief = await _factory.SignedInClientAsync(email);
        for (var i = 0; i < 25; i++)
        {
            await thief.SubmitFormAsync("/account/password", "/account/password",
                new Dictionary<string, string> { ["CurrentPassword"] = "guess number " + i, ["NewPassword"] = "thief's new passphrase" });
        }

        var right = await thief.SubmitFormAsync("/account/password", "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = Accounts.Password, ["NewPassword"] = "thief's new passphrase" });

        Assert.That(right.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect), "the 26th guess in a row is not even checked");
        Assert.That(await right.Content.ReadAsStringAsync(), Does.Contain("секунд"));
        await _factory.SignedInClientAsync(email);
    }

    [Test]
    public async Task ResetRequestsForOneAddressSendAFewEmailsNotAFlood()
    {
        var email = $"flooded-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        for (var i = 0; i < 10; i++)
        {
            var client = NewClient();
            var response = await client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same answer every time");
            // Each request in its own minute would otherwise be its own e-mail.
            await Task.Delay(10);
        }

        await _factory.DrainEmailAsync();
        Assert.That(Mailbox.Read(_factory.MailFolder).Count(m => m.To.Mailboxes.Any(a => a.Address == email)), Is.LessThanOrEqualTo(3));
    }

    private async Task<(HttpStatusCode Status, string Text)> SignUpAsync(string email)
    {
        var response = await NewClient().SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "Someone",
            ["Email"] = email,
            ["Password"] = "a long enough passphrase",
        });
        return (response.StatusCode, Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main")?.TextContent ?? "");
    }

    private async Task<string> SignInTextAsync(string email, string password)
    {
        var response = await NewClient().SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        return $"{(int)response.StatusCode} " + (Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main")?.TextContent ?? "");
    }
}
