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
    private string _content = null!;
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _content = Path.Combine(Path.GetTempPath(), "dice-content-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(Repository.Root, "content", "safety");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_content, "safety", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _factory = new LmsWebFactory(new Dictionary<string, string?> { ["Lms:Content:ImportOnStart"] = "true", ["Lms:Content:Path"] = _content });
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        Directory.Delete(_content, recursive: true);
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
        foreach (var language in new[] { "mn", "en" })
        {
            var file = Path.Combine(_content, "safety", $"01-strong-passwords.{language}.md");
            var text = await File.ReadAllTextAsync(file);
            var end = text.LastIndexOf("```", StringComparison.Ordinal);
            await File.WriteAllTextAsync(file, text[..end] + "\n## One more question?\ntype: truefalse\n- [x] True :: Yes.\n- [ ] False :: No.\n" + text[end..]);
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<ContentImport>().ImportAsync(_content);
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
