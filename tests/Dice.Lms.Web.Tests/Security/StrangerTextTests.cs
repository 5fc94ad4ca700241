using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>The site's e-mails must not carry what a stranger typed to an address nobody has proved.</summary>
public sealed class StrangerTextTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("URGENT go to https://evil.example/login now")]
    [TestCase("Visit www.evil.example today")]
    [TestCase("Bat\nURGENT: your account is closed")]
    [TestCase("Bat\u2028Second line")]
    public async Task ANameHoldingALinkOrALineBreakIsRefusedAtSignUp(string name)
    {
        var email = $"phish-{Guid.NewGuid():N}@example.org";
        var response = await SignUpAsync(email, name);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var error = Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#FullName-error")?.TextContent;
        Assert.That(error, Does.Contain("холбоос").Or.Contain("мөр"));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.AnyAsync(u => u.Email == email), Is.False);
    }

    [Test]
    public async Task ANameLongerThanAHundredCharactersIsRefused()
    {
        var response = await SignUpAsync($"long-{Guid.NewGuid():N}@example.org", new string('Б', 101));

        Assert.That(Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#FullName-error")?.TextContent, Does.Contain("100"));
    }

    [Test]
    public async Task TheConfirmationEmailToAnUnprovedAddressCarriesNoNameAStrangerTyped()
    {
        var email = $"unproved-{Guid.NewGuid():N}@example.org";
        var response = await SignUpAsync(email, "Wire 500 dollars to Bat");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await _factory.DrainEmailAsync();
        var message = Mailbox.Read(_factory.MailFolder).Single(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.That(message.TextBody + message.HtmlBody + message.To, Does.Not.Contain("Wire 500"));
        Assert.That(message.TextBody, Does.StartWith("Сайн байна уу!"));
    }

    [Test]
    public async Task StaffCannotImportANameHoldingALink()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var created = await staff.SubmitFormAsync("/staff/cohorts/new", "/staff/cohorts/save", new Dictionary<string, string>
        {
            ["Name"] = $"Cohort {Guid.NewGuid():N}",
            ["StartDate"] = "2026-01-10",
            ["EndDate"] = "2027-06-30",
        });
        var details = created.Headers.Location!.OriginalString;

        var response = await staff.UploadAsync(details, details + "/import", "learners.csv", "email,full_name,organization\nok@example.org,See https://evil.example,\n");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(Browserless.Parse(await response.Content.ReadAsStringAsync()).Body!.TextContent, Does.Contain("2-р мөр").And.Contain("холбоос"));
    }

    private Task<HttpResponseMessage> SignUpAsync(string email, string name) =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
            {
                ["FullName"] = name,
                ["Email"] = email,
                ["Password"] = "a long enough passphrase",
            });
}
