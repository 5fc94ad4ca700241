using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>A quiz that allows one attempt: a start sent from a page opened before that attempt is refused in words.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class QuizAttemptLimitTests(TestProvider provider)
{
    private const string Quiz = "/courses/safety/modules/strong-passwords/quiz";
    private ContentCopy _content = null!;
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _content = new ContentCopy("safety");
        _content.EditModule("safety", "01-strong-passwords", text =>
        {
            Assert.That(text, Does.Contain("```quiz\n## "), "the shipped quiz has no settings of its own yet");
            return text.Replace("```quiz\n", "```quiz\nattempts: 1\n\n", StringComparison.Ordinal);
        });
        _factory = LmsWebFactory.WithContent(_content.Root, provider);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        _content.Dispose();
    }

    [Test]
    public async Task AStartFromAStalePageIsRefusedWithAPageThatLeadsBackToTheQuiz()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        var first = await client.SubmitFormAsync(Quiz, Quiz + "/start", new Dictionary<string, string>());
        var attemptUrl = first.Headers.Location!.OriginalString;
        var token = await client.AntiforgeryTokenAsync(Quiz);
        var submitted = await client.SubmitFormAsync(attemptUrl, attemptUrl, new Dictionary<string, string> { ["action"] = "submit" });
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        // The overview was opened before the attempt was used up; its Start button is pressed now.
        var refused = await client.PostAsync(Quiz + "/start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo("Сорилыг одоо эхлүүлэх боломжгүй"));
        Assert.That(page.QuerySelector("main")?.TextContent, Does.Contain("Танд оролдлого үлдээгүй байна."), "the reason");
        Assert.That(page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")), Does.Contain(Quiz));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().QuizAttempts.CountAsync(), Is.EqualTo(1), "no second attempt");
    }
}
