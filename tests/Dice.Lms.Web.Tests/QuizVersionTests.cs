using System.Net;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>An attempt stays on the module version it was started on, whatever is published meanwhile.</summary>
public sealed class QuizVersionTests
{
    private ContentCopy _content = null!;
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _content = new ContentCopy("safety");
        _factory = LmsWebFactory.WithContent(_content.Root);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        _content.Dispose();
    }

    [Test]
    public async Task AnAttemptStartedBeforeANewVersionIsGradedOnItsOwnVersion()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        var start = await client.SubmitFormAsync("/courses/safety/modules/strong-passwords/quiz", "/courses/safety/modules/strong-passwords/quiz/start", new Dictionary<string, string>());
        var attemptUrl = start.Headers.Location!.OriginalString;
        var questionsBefore = (await client.GetPageAsync(attemptUrl)).QuerySelectorAll("fieldset.question").Length;

        // A trainer adds a question to both languages and the new version is imported.
        _content.EditModule("safety", "01-strong-passwords", text =>
        {
            var end = text.LastIndexOf("```", StringComparison.Ordinal);
            return text[..end] + "\n## One more question?\ntype: truefalse\n- [x] True :: Yes.\n- [ ] False :: No.\n" + text[end..];
        });

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<ContentImport>().ImportAsync(_content.Root);
            Assert.That(report.VersionsAdded, Is.EqualTo(1), string.Join("\n", report.Problems));
        }

        var during = await client.GetPageAsync(attemptUrl);
        Assert.That(during.QuerySelectorAll("fieldset.question"), Has.Length.EqualTo(questionsBefore), "the open attempt keeps its questions");
        var submit = await client.SubmitFormAsync(attemptUrl, attemptUrl, new Dictionary<string, string> { ["action"] = "submit" });
        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var review = await client.GetPageAsync(submit.Headers.Location!.OriginalString);
        Assert.That(review.QuerySelectorAll(".review > li"), Has.Length.EqualTo(questionsBefore));

        var next = await client.SubmitFormAsync("/courses/safety/modules/strong-passwords/quiz", "/courses/safety/modules/strong-passwords/quiz/start", new Dictionary<string, string>());
        var newer = await client.GetPageAsync(next.Headers.Location!.OriginalString);
        Assert.That(newer.QuerySelectorAll("fieldset.question"), Has.Length.EqualTo(questionsBefore + 1), "a new attempt takes the new version");

        await using var check = _factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LmsDbContext>();
        var versions = await db.QuizAttempts.Select(a => a.VersionId).Distinct().CountAsync();
        Assert.That(versions, Is.EqualTo(2));
    }
}
