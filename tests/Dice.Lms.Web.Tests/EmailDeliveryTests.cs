using System.Net;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dice.Lms.Web.Tests;

/// <summary>Account e-mail through a real SMTP server on 127.0.0.1, and the job dashboard's doors.</summary>
[Category(Needs.Process)]
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class EmailDeliveryTests(TestProvider provider)
{
    private SmtpServer _smtp = null!;
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _smtp = new SmtpServer();
        _factory = new LmsWebFactory(new Dictionary<string, string?>
        {
            ["Lms:Email:Delivery"] = "Smtp",
            ["Lms:Email:Smtp:Host"] = "127.0.0.1",
            ["Lms:Email:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lms:Email:Smtp:Security"] = "None",
            // Only explicit drains deliver here, so the counts below are exact.
            ["Lms:Jobs:RunServer"] = "false",
        }, provider);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Test]
    public async Task ASignUpSendsOneConfirmationWithACyrillicSubjectAndDrainingAgainSendsNothing()
    {
        var email = $"smtp-{Guid.NewGuid():N}@example.org";
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SubmitFormAsync("/account/sign-up", "/account/sign-up", new Dictionary<string, string>
        {
            ["FullName"] = "Оюунчимэг",
            ["Email"] = email,
            ["Password"] = "a long enough password",
        });

        await _factory.DrainEmailAsync();
        await _factory.DrainEmailAsync();

        var received = _smtp.Received().Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList();
        Assert.That(received, Has.Count.EqualTo(1));
        Assert.That(received[0].Subject, Is.EqualTo("Dice LMS: и-мэйл хаягаа баталгаажуулна уу"));
        Assert.That(received[0].MessageId, Is.Not.Empty);
        Assert.That(received[0].TextBody, Does.Contain("http://lms.test/account/confirm-email?userId="));
        Assert.That(received[0].HtmlBody, Does.Contain("<a href="));
    }

    [Test]
    public async Task TheJobDashboardIsForAdministratorsAndStaffOnly()
    {
        var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.That((await anonymous.GetAsync("/hangfire")).StatusCode, Is.AnyOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden));

        var learner = await _factory.ClientForRoleAsync(Roles.Learner);
        Assert.That((await learner.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var admin = await _factory.ClientForRoleAsync(Roles.Admin);
        var page = await admin.GetAsync("/hangfire");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Not.Contain("Data Source"));
    }
}
