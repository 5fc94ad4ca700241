using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>
/// Progress and self-assessments have no id in their URLs: each page reads the signed-in learner's own records. These
/// tests give one learner records and check that another learner's pages show none of them. (Attempts and certificates,
/// which do have ids, are covered by QuizTests.AnotherLearnerCannotSeeOrAnswerAnAttempt and the certificate download tests.)
/// </summary>
public sealed class OwnDataOnlyTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task AnotherLearnersProgressNeverShows()
    {
        var owner = await EnrolledAsync("progress-owner@example.org");
        var complete = await owner.SubmitFormAsync("/courses/safety/modules/strong-passwords", "/courses/safety/modules/strong-passwords/complete", new Dictionary<string, string>());
        Assert.That((int)complete.StatusCode, Is.LessThan(400));
        Assert.That((await owner.GetPageAsync("/courses/safety")).QuerySelectorAll("li.module.done"), Has.Length.EqualTo(1), "the owner sees their progress");

        var other = await EnrolledAsync("progress-other@example.org");
        var page = await other.GetPageAsync("/courses/safety");

        Assert.That(page.QuerySelectorAll("li.module.done"), Is.Empty);
        Assert.That(page.QuerySelector("progress")?.GetAttribute("value"), Is.EqualTo("0"));
    }

    [Test]
    public async Task AnotherLearnersLevelsNeverShow()
    {
        await _factory.CreateUserAsync("levels-owner@example.org", Roles.Learner);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var ownerId = await db.Users.Where(u => u.Email == "levels-owner@example.org").Select(u => u.Id).SingleAsync();
            var result = new SelfAssessmentResult(ownerId, null, SelfAssessmentKind.Baseline, DateTime.UtcNow);
            result.Record(CompetenceAreas.All.ToDictionary(a => a.Id, _ => ProficiencyLevel.Expert), DateTime.UtcNow);
            db.SelfAssessments.Add(result);
            await db.SaveChangesAsync();
        }

        var owner = await _factory.SignedInClientAsync("levels-owner@example.org");
        Assert.That((await owner.GetPageAsync("/my/levels")).QuerySelectorAll(".level-facts dd").Count(dd => dd.TextContent.Contains(ProficiencyLevel.Expert.Name("mn"))), Is.GreaterThan(0));

        var other = await _factory.ClientForRoleAsync(Roles.Learner);
        var levels = await other.GetPageAsync("/my/levels");
        var export = await other.GetStringAsync("/account/data/export.json");

        Assert.That(levels.QuerySelector("main")!.TextContent, Does.Not.Contain(ProficiencyLevel.Expert.Name("mn")));
        Assert.That(export, Does.Not.Contain("levels-owner@example.org").And.Not.Contain("=expert"));
    }

    private async Task<HttpClient> EnrolledAsync(string email)
    {
        await _factory.CreateUserAsync(email, Roles.Learner);
        var client = await _factory.SignedInClientAsync(email);
        await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        return client;
    }
}
