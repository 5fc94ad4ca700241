using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Browser.Tests;

public sealed class QuizJourneyTests
{
    [TestCase(true, "mn")]
    [TestCase(false, "en")]
    public async Task ALearnerTakesSubmitsReviewsAndRetakesAQuiz(bool javaScript, string language)
    {
        var page = await PageChecks.NewPageAsync(javaScript);
        await AccessibilityTests.SignInAsync(page, "learner@example.org");
        await page.GotoAsync($"{SiteUnderTest.BaseUrl}/courses/problem-solving/modules/when-something-breaks?culture={language}");
        await page.ClickAsync("a[href$='/quiz']");
        var start = page.Locator("form[action$='/quiz/start'] button");
        if (await start.CountAsync() > 0)
        {
            await start.ClickAsync();
        }
        else
        {
            await page.ClickAsync("a.button.primary");
        }

        Assert.That(page.Url, Does.Match(@"/attempts/\d+$"));
        // The page source before submission holds no feedback text: nothing gives the answers away.
        var source = await page.ContentAsync();
        foreach (var feedback in await FeedbackAsync("when-something-breaks", language))
        {
            Assert.That(source, Does.Not.Contain(feedback));
        }

        if (javaScript)
        {
            await page.AssertAccessibleAsync();
        }

        foreach (var fieldset in await page.Locator("fieldset.question").AllAsync())
        {
            var choice = fieldset.Locator("input[type=radio], input[type=checkbox]").First;
            if (await choice.CountAsync() > 0)
            {
                await choice.CheckAsync();
            }
        }

        await page.ClickAsync("button[value=submit]");
        Assert.That(page.Url, Does.EndWith("/review"));
        Assert.That(await page.Locator(".result").TextContentAsync(), Does.Contain("%"));
        if (javaScript)
        {
            await page.AssertAccessibleAsync();
        }

        await page.ClickAsync("a.button[href$='/quiz']");
        Assert.That(await page.Locator("form[action$='/quiz/start'] button").CountAsync(), Is.EqualTo(1), "a retake can start");
        await page.Context.CloseAsync();
    }

    private static async Task<IReadOnlyList<string>> FeedbackAsync(string moduleId, string language)
    {
        await using var scope = SiteUnderTest.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var module = await db.Modules.SingleAsync(m => m.Id == moduleId);
        var version = await db.ModuleVersions.SingleAsync(v => v.Id == module.CurrentVersionId);
        var quiz = scope.ServiceProvider.GetRequiredService<ModuleQuizzes>().For(version, language)!;
        var feedback = quiz.Questions.SelectMany(q => q.Options.Select(o => o.Feedback).Concat(q.AcceptedAnswers.Select(a => a.Feedback)).Append(q.GeneralFeedback))
            .OfType<string>().Where(f => f.Length > 10).ToList();
        Assert.That(feedback, Is.Not.Empty);
        return feedback;
    }
}
