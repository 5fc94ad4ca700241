using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Security;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>Passwords on the lists attackers try first are refused, however long they are.</summary>
public sealed class CommonPasswordTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("1234567890")]
    [TestCase("qwertyuiop")]
    [TestCase("PASSWORD123")]
    [TestCase("iloveyou12")]
    public async Task SignUpWithACommonPasswordIsAFieldErrorAndCreatesNothing(string password)
    {
        var email = $"common-{Guid.NewGuid():N}@example.org";
        var response = await _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
            {
                ["FullName"] = "Someone",
                ["Email"] = email,
                ["Password"] = password,
            });

        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#Password-error")?.TextContent, Does.Contain("олон хүний хэрэглэдэг"));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.AnyAsync(u => u.Email == email), Is.False);
    }

    [Test]
    public async Task ANewPasswordOnThePasswordPageIsCheckedToo()
    {
        var email = $"changer-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(email, Roles.Learner);
        var client = await _factory.SignedInClientAsync(email);

        var response = await client.SubmitFormAsync("/account/password", "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = Accounts.Password, ["NewPassword"] = "1q2w3e4r5t" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#NewPassword-error")?.TextContent, Does.Contain("олон хүний хэрэглэдэг"));
    }

    [Test]
    public void TheShippedListHoldsAtLeastAHundredThousandPasswords() =>
        Assert.That(Dice.Lms.Web.Security.CommonPasswords.Count, Is.GreaterThanOrEqualTo(100_000));
}
