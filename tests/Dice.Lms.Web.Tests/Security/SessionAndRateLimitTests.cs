using System.Net;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dice.Lms.Web.Tests.Security;

public sealed class SessionAndRateLimitTests
{
    [Test]
    public async Task ChangingThePasswordEndsTheOtherSessionsAndKeepsThisOne()
    {
        using var factory = new LmsWebFactory();
        await factory.CreateUserAsync("two-devices@example.org", Roles.Learner);
        var phone = await factory.SignedInClientAsync("two-devices@example.org");
        var laptop = await factory.SignedInClientAsync("two-devices@example.org");
        Assert.That((await laptop.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "signed in on both");

        var changed = await phone.SubmitFormAsync("/account/password", "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = Accounts.Password, ["NewPassword"] = "a brand new passphrase" });

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await phone.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the device that changed it stays signed in");
        var stale = await laptop.GetAsync("/my/levels");
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(stale.Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"), "the other device is signed out at once");
        await factory.SignedInClientAsync("two-devices@example.org", "a brand new passphrase");
    }

    [Test]
    public async Task AWrongCurrentPasswordIsAFieldErrorAndChangesNothing()
    {
        using var factory = new LmsWebFactory();
        await factory.CreateUserAsync("careful@example.org", Roles.Learner);
        var client = await factory.SignedInClientAsync("careful@example.org");

        var response = await client.SubmitFormAsync("/account/password", "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = "not my password at all", ["NewPassword"] = "a brand new passphrase" });
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("#CurrentPassword-error")?.TextContent ?? page.Body!.TextContent, Does.Contain("Одоогийн нууц үг буруу байна."));
        await factory.SignedInClientAsync("careful@example.org");
    }

    [Test]
    public async Task SignInPostsFromOneAddressAreRateLimited()
    {
        using var factory = new LmsWebFactory(new Dictionary<string, string?> { ["Lms:Security:AccountPostsPerMinute"] = "3" });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.SubmitFormAsync("/account/sign-in", "/account/sign-in",
                new Dictionary<string, string> { ["Email"] = $"guess{i}@example.org", ["Password"] = "guessing-password" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<html lang=\"mn\""), "a localized page, not a bare status");
            }
        }

        Assert.That(statuses.Take(3), Has.All.EqualTo(HttpStatusCode.OK), "wrong passwords answered normally");
        Assert.That(statuses.Skip(3), Has.All.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await client.GetAsync("/account/sign-in")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "reading the page is not limited");
    }
}
