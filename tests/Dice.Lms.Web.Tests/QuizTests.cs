using System.Net;
using System.Net.Http.Headers;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Responses;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>Taking the shipped quizzes: server-side grading, stored order, integrity and other learners' attempts.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class QuizTests(TestProvider provider)
{
    private const string Quiz = "/courses/safety/modules/strong-passwords/quiz";
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent(provider);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task ALearnerTakesSubmitsReviewsAndRetakesAQuiz()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        var take = await client.GetPageAsync(attemptUrl);
        var html = take.DocumentElement.OuterHtml;
        var quiz = await DefinitionAsync();

        // Nothing that gives the answers away is sent before submission.
        foreach (var feedback in quiz.Questions.SelectMany(q => q.Options.Select(o => o.Feedback).Append(q.GeneralFeedback).Append(q.OtherwiseFeedback)).OfType<string>())
        {
            Assert.That(html, Does.Not.Contain(System.Net.WebUtility.HtmlEncode(feedback)).And.Not.Contain(feedback));
        }

        Assert.That(take.QuerySelectorAll("fieldset.question"), Has.Length.EqualTo(quiz.Questions.Count));

        var submit = await QuizAnswers.PostAsync(client, attemptUrl, QuizAnswers.Correct(quiz, "submit"));
        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var review = await client.GetPageAsync(submit.Headers.Location!.OriginalString);
        Assert.That(review.QuerySelector(".result.passed")?.TextContent, Does.Contain("100%"));
        Assert.That(review.QuerySelectorAll(".review .feedback"), Is.Not.Empty, "feedback after submission");

        var second = await StartAsync(client);
        Assert.That(second, Is.Not.EqualTo(attemptUrl), "a retake is a new attempt");
        await client.SubmitFormAsync(second, second, new Dictionary<string, string> { ["action"] = "submit" });
        var overview = await client.GetPageAsync(Quiz);
        Assert.That(overview.QuerySelector("main")?.TextContent, Does.Contain("100%"), "the best grade counts");
    }

    [Test]
    public async Task PagesWithALearnersAnswersAreNeverStoredAndMakeNoFrameworkWarning()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        using var form = await client.GetAsync(attemptUrl);
        var submit = await QuizAnswers.PostAsync(client, attemptUrl, QuizAnswers.Correct(await DefinitionAsync(), "submit"));
        using var review = await client.GetAsync(submit.Headers.Location!.OriginalString);

        foreach (var page in new[] { form, review })
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Headers.CacheControl, Has.Property(nameof(CacheControlHeaderValue.NoStore)).True.And.Property(nameof(CacheControlHeaderValue.NoCache)).True,
                page.RequestMessage!.RequestUri!.ToString());
        }

        // The antiforgery token in these pages' forms needs "no-cache, no-store": a page that asks for less makes the
        // framework override it and log a warning on every view.
        Assert.That(_factory.Warnings.Where(w => w.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task SavedAnswersAndTheOrderSurviveAReload()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        var first = await client.GetPageAsync(attemptUrl);
        var order = first.QuerySelectorAll("fieldset.question legend").Select(l => l.TextContent).ToList();
        var radio = first.QuerySelector("input[type=radio]")!;

        var save = await client.SubmitFormAsync(attemptUrl, attemptUrl, new Dictionary<string, string> { [radio.GetAttribute("name")!] = radio.GetAttribute("value")!, ["action"] = "save" });
        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var again = await client.GetPageAsync(attemptUrl);
        Assert.That(again.QuerySelectorAll("fieldset.question legend").Select(l => l.TextContent), Is.EqualTo(order));
        Assert.That(again.QuerySelector($"#{radio.Id}")?.HasAttribute("checked"), Is.True);
    }

    [Test]
    public async Task TenParallelSubmissionsRecordExactlyOneGradedAttempt()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        var fields = QuizAnswers.Correct(await DefinitionAsync(), "submit");
        fields.Add(new("__RequestVerificationToken", await client.AntiforgeryTokenAsync(attemptUrl)));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.PostAsync(attemptUrl, new FormUrlEncodedContent(fields))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Redirect), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(9));
        var id = long.Parse(attemptUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = _factory.Services.CreateAsyncScope();
        var attempt = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().QuizAttempts.SingleAsync(a => a.Id == id);
        Assert.That(attempt.IsSubmitted, Is.True);
        Assert.That(attempt.Percent, Is.EqualTo(100m));
    }

    [Test]
    public async Task ASubmittedAttemptTakesNoMoreAnswers()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        var token = await client.AntiforgeryTokenAsync(attemptUrl);
        await client.PostAsync(attemptUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["action"] = "submit" }));

        var replay = await client.PostAsync(attemptUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["action"] = "submit", ["q0"] = "0" }));

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var page = Browserless.Parse(await replay.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo("Энэ оролдлогыг аль хэдийн илгээсэн"), "a page in the learner's language, not a bare text");
        Assert.That(page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")), Does.Contain(attemptUrl), "a way back to the attempt, which shows its result");
    }

    [Test]
    public async Task AnAnswerAfterTheTimeLimitIsRefusedAndTheAttemptIsGradedOnWhatWasSavedInTime()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        var quiz = await DefinitionAsync();
        var saved = await QuizAnswers.PostAsync(client, attemptUrl, QuizAnswers.Correct(quiz, "save"));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var token = await client.AntiforgeryTokenAsync(attemptUrl);
        var id = long.Parse(attemptUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var deadline = DateTime.UtcNow.AddMinutes(-1);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            // As if the attempt had had a time limit that ran out a minute ago.
            await scope.ServiceProvider.GetRequiredService<LmsDbContext>().QuizAttempts.Where(a => a.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.DeadlineAt, deadline));
        }

        var late = await client.PostAsync(attemptUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["action"] = "submit" }));

        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var page = Browserless.Parse(await late.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo("Хугацаа дууссан"));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var attempt = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == id);
            Assert.That(attempt.SubmittedAt, Is.EqualTo(deadline).Within(TimeSpan.FromMilliseconds(1)), "closed at the limit");
            Assert.That(attempt.Percent, Is.EqualTo(100m), "graded on the answers saved in time, not on the empty late post");
        }
    }

    [Test]
    public async Task AnOverdueAttemptOpenedByRacingRequestsIsClosedOnceAndNoneFails()
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        await QuizAnswers.PostAsync(client, attemptUrl, QuizAnswers.Correct(await DefinitionAsync(), "save"));
        var id = long.Parse(attemptUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var deadline = DateTime.UtcNow.AddMinutes(-1);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LmsDbContext>().QuizAttempts.Where(a => a.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.DeadlineAt, deadline));
        }

        // Every page that finds the attempt overdue closes it: the form, its result and the quiz overview, all at once.
        var urls = Enumerable.Range(0, 4).SelectMany(_ => new[] { attemptUrl, attemptUrl + "/review", Quiz });
        var responses = await Task.WhenAll(urls.Select(url => client.GetAsync(url)));

        Assert.That(responses.Select(r => (int)r.StatusCode), Has.All.LessThan(400), "no racing page fails");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var attempt = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == id);
            Assert.That(attempt.SubmittedAt, Is.EqualTo(deadline).Within(TimeSpan.FromMilliseconds(1)), "closed at the limit");
            Assert.That(attempt.Percent, Is.EqualTo(100m));
        }
    }

    [TestCase("q0", "99", "is not an option")]
    [TestCase("q77", "1", "is not a question of this quiz")]
    [TestCase("answer", "x", "is not a question of this quiz")]
    public async Task AnswersThatAreNotPartOfTheQuizAreRefused(string field, string value, string reason)
    {
        var client = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(client);
        var token = await client.AntiforgeryTokenAsync(attemptUrl);

        var response = await client.PostAsync(attemptUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["action"] = "save",
            [field] = value,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
    }

    [Test]
    public async Task AnotherLearnerCannotSeeOrAnswerAnAttempt()
    {
        var owner = await EnrolledLearnerAsync();
        var attemptUrl = await StartAsync(owner);
        var other = await EnrolledLearnerAsync();
        var token = await other.AntiforgeryTokenAsync(Quiz);

        Assert.That((await other.GetAsync(attemptUrl)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await other.GetAsync(attemptUrl + "/review")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var post = await other.PostAsync(attemptUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["action"] = "submit" }));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<HttpClient> EnrolledLearnerAsync()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var enrol = await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        Assert.That(enrol.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return client;
    }

    private static async Task<string> StartAsync(HttpClient client)
    {
        var start = await client.SubmitFormAsync(Quiz, Quiz + "/start", new Dictionary<string, string>());
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await start.Content.ReadAsStringAsync());
        return start.Headers.Location!.OriginalString;
    }

    private Task<QuizDefinition> DefinitionAsync() => _factory.Services.QuizOfAsync("strong-passwords");
}
