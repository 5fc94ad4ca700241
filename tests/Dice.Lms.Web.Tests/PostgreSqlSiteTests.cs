using System.Net;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Jobs;
using Dice.Lms.Web.Tests.Support;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>The site on PostgreSQL with Hangfire's storage there too, as a server installation runs it.</summary>
public sealed class PostgreSqlSiteTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory(new Dictionary<string, string?>
    {
        ["Lms:Jobs:Storage"] = "PostgreSql",
        ["Lms:Content:ImportOnStart"] = "true",
        ["Lms:Content:Path"] = Path.Combine(Repository.Root, "content"),
    }, TestProvider.PostgreSql);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase(null, "/")]
    [TestCase(null, "/courses")]
    [TestCase(null, "/courses/safety")]
    [TestCase(null, "/privacy")]
    [TestCase(null, "/verify")]
    [TestCase(Roles.Learner, "/my/levels")]
    [TestCase(Roles.Learner, "/my/certificates")]
    [TestCase(Roles.Learner, "/self-assessment")]
    [TestCase(Roles.Learner, "/account/data")]
    [TestCase(Roles.Trainer, "/authoring")]
    [TestCase(Roles.Staff, "/staff/proficiency")]
    [TestCase(Roles.Staff, "/staff/certificates")]
    [TestCase(Roles.Staff, "/staff/failed-emails")]
    [TestCase(Roles.Admin, "/admin/users")]
    [TestCase(Roles.Admin, "/hangfire")]
    public async Task ThePageIsServed(string? role, string url)
    {
        var client = role is null ? _factory.CreateClient() : await _factory.ClientForRoleAsync(role);

        using var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), string.Join("\n", _factory.Warnings));
    }

    [Test]
    public async Task RecurringJobsRunFromPostgreSqlStorage()
    {
        var storage = _factory.Services.GetRequiredService<JobStorage>();
        Assert.That(storage.GetType().Name, Is.EqualTo("PostgreSqlStorage"));
        var before = storage.GetMonitoringApi().SucceededListCount();
        var jobs = _factory.Services.GetRequiredService<IRecurringJobManager>();

        foreach (var id in new[] { RecurringJobs.Proficiency, RecurringJobs.EmailDelivery, RecurringJobs.Reminders })
        {
            jobs.Trigger(id);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (storage.GetMonitoringApi().SucceededListCount() < before + 3)
        {
            Assert.That(storage.GetMonitoringApi().FailedCount(), Is.Zero, "a job failed");
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the jobs did not run");
            await Task.Delay(250);
        }
    }
}
