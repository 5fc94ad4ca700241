using System.Net;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class SelfAssessmentTests(TestProvider provider)
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent(provider);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task ALearnerTakesTheBaselineThenTheFinalAndSeesTheirLevelsApart()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var page = await client.GetPageAsync("/self-assessment");
        var names = page.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct().ToList();
        Assert.That(names, Has.Count.EqualTo(16));

        var first = await client.SubmitFormAsync("/self-assessment", "/self-assessment", names.ToDictionary(n => n, _ => "intermediate"));
        Assert.That(first.Headers.Location?.OriginalString, Is.EqualTo("/my/levels"));
        var levels = await client.GetPageAsync("/my/levels");
        var cards = levels.QuerySelectorAll(".level-card").ToList();
        Assert.That(cards, Has.Count.EqualTo(6));
        Assert.That(cards.Select(c => c.QuerySelectorAll(".level-facts dd")[0].TextContent), Has.All.EqualTo("Дунд шат"), "self-assessed");
        Assert.That(cards.Select(c => c.QuerySelectorAll(".level-facts dd")[1].TextContent), Has.All.EqualTo("Туршлагагүй"), "nothing demonstrated yet");
        Assert.That(cards.Select(c => c.QuerySelectorAll(".level-facts dd")[3].QuerySelector("a")?.GetAttribute("href")), Has.All.StartWith("/courses/"), "a next module per area");

        await client.SubmitFormAsync("/self-assessment", "/self-assessment", names.ToDictionary(n => n, _ => "advanced"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var kinds = await db.SelfAssessments.Join(db.Users, s => s.LearnerId, u => u.Id, (s, u) => new { s.Kind, u.Email })
            .Where(x => x.Email!.StartsWith("learner-")).Select(x => x.Kind).ToListAsync();
        Assert.That(kinds, Does.Contain(SelfAssessmentKind.Baseline).And.Contain(SelfAssessmentKind.Final));
    }

    [Test]
    public async Task UnansweredQuestionsAreNamedAndNothingIsSaved()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var page = await client.GetPageAsync("/self-assessment");
        var first = page.QuerySelector("input[type=radio]")!.GetAttribute("name")!;

        var response = await client.SubmitFormAsync("/self-assessment", "/self-assessment", new Dictionary<string, string> { [first] = "beginner" });
        var html = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html.QuerySelectorAll(".question .field-error"), Has.Length.EqualTo(15));
        Assert.That(html.QuerySelector($"input[name='{first}'][value=beginner]")?.HasAttribute("checked"), Is.True, "answers given are kept");
    }
}
