using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>A session cookie stolen or left on a shared computer is worthless once its session has ended.</summary>
public sealed class SessionEndTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task ACookieCapturedBeforeSignOutIsRefusedAfterIt()
    {
        var email = $"cafe-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var (client, cookie) = await SignInCapturingCookieAsync(email);
        Assert.That((await Replay(cookie).GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the captured cookie works while signed in");

        var signOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", await client.AntiforgeryTokenAsync("/account/password"))]));
        Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var replayed = await Replay(cookie).GetAsync("/my/levels");
        Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(replayed.Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"), "the session ended for good");
    }

    [Test]
    public async Task SigningOutOnOneDeviceLeavesTheOtherSignedIn()
    {
        var email = $"two-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var (phone, _) = await SignInCapturingCookieAsync(email);
        var laptop = await _factory.SignedInClientAsync(email);

        await phone.PostAsync("/account/sign-out", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", await phone.AntiforgeryTokenAsync("/account/password"))]));

        Assert.That((await laptop.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SignOutEverywhereEndsEverySessionIncludingThisOne()
    {
        var email = $"everywhere-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var (here, cookie) = await SignInCapturingCookieAsync(email);
        var elsewhere = await _factory.SignedInClientAsync(email);

        var response = await here.SubmitFormAsync("/account/password", "/account/sign-out-everywhere", new Dictionary<string, string>());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await elsewhere.GetAsync("/my/levels")).Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
        Assert.That((await Replay(cookie).GetAsync("/my/levels")).Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
        await _factory.SignedInClientAsync(email);
    }

    [Test]
    public async Task ASessionEndsFourteenDaysAfterSignInHoweverActiveItIs()
    {
        var email = $"old-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var client = await _factory.SignedInClientAsync(email);
        Assert.That((await client.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Used every day since: the sliding expiry alone would keep it forever.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            await db.AccountSessions.Where(s => s.UserId == user.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, DateTime.UtcNow.AddDays(-14).AddMinutes(-1)));
            _factory.Services.GetRequiredService<AccountSessions>().ForgetAll();
        }

        var response = await client.GetAsync("/my/levels");
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
    }

    /// <summary>Signs in through the form and returns the client and the session cookie as an attacker would copy it.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInCapturingCookieAsync(string email)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SubmitFormAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = Accounts.Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dice.auth=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    private HttpClient Replay(string cookie)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
