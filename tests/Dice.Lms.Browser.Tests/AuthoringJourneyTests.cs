using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// Issue 9 done-when: a trainer writes a module with an image and a quiz, previews and publishes it; a learner reads it
/// and takes the quiz; a second publication leaves the learner's attempt graded on the version it was taken on.
/// </summary>
public sealed class AuthoringJourneyTests
{
    private const string Gift = "::Q1:: Which password is the strongest? {=ger-window-blue-horse-2024 ~Batbold1990}\n";

    [Test]
    public async Task ATrainerPublishesAModuleALearnerTakesItsQuizAndASecondVersionLeavesTheAttemptAlone()
    {
        var id = "journey-" + Guid.NewGuid().ToString("N")[..8];
        var moduleId = id + "-module";
        var trainer = await PageChecks.NewPageAsync();
        await AccessibilityTests.SignInAsync(trainer, "trainer@example.org");

        await trainer.GotoAsync($"{SiteUnderTest.BaseUrl}/authoring?culture=mn");
        await trainer.AssertAccessibleAsync();
        await trainer.ClickAsync("a[href='/authoring/courses/new']");
        await trainer.FillAsync("#Id", id);
        await trainer.SelectOptionAsync("#AreaId", "safety");
        await trainer.FillAsync("#TitleMn", "Аюулгүй нууц үг");
        await trainer.FillAsync("#TitleEn", "Safe passwords");
        await trainer.AssertAccessibleAsync();
        await trainer.ClickAsync("form[action='/authoring/courses/new'] button.primary");
        Assert.That(trainer.Url, Does.EndWith($"/authoring/courses/{id}"));
        await trainer.AssertAccessibleAsync();

        await trainer.FillAsync("#NewModule_ModuleId", moduleId);
        await trainer.FillAsync("#NewModule_Competences", "4.1");
        await trainer.FillAsync("#NewModule_TitleMn", "Хүчтэй нууц үг");
        await trainer.FillAsync("#NewModule_TitleEn", "Strong passwords");
        await trainer.FillAsync("#NewModule_ObjectivesMn", "Урт нууц үг зохиох");
        await trainer.FillAsync("#NewModule_ObjectivesEn", "Make a long passphrase");
        await trainer.FillAsync("#NewModule_Reviewed", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await trainer.FillAsync("#NewModule_Sources", "Google Account Help, support.google.com");
        await trainer.ClickAsync($"form[action='/authoring/courses/{id}/modules'] button.primary");
        Assert.That(trainer.Url, Does.EndWith($"/modules/{moduleId}"));
        await trainer.AssertAccessibleAsync();

        // An image, uploaded with its alt text, lands in the draft as a Markdown reference.
        await trainer.SetInputFilesAsync("#ImageFile", new FilePayload { Name = "passphrase.png", MimeType = "image/png", Buffer = Png() });
        await trainer.FillAsync("#AltText", "Урт нууц үгийн жишээ");
        await trainer.ClickAsync("button[formaction$='/images']");
        Assert.That(await trainer.InputValueAsync("#Text"), Does.Match(@"!\[Урт нууц үгийн жишээ\]\(images/passphrase-[0-9a-f]{8}\.png\)"));

        // The quiz, pasted as GIFT, is appended as a quiz block.
        await trainer.FillAsync("#QuizSource", Gift);
        await trainer.ClickAsync("button[formaction$='/quiz']");
        Assert.That(await trainer.InputValueAsync("#Text"), Does.Contain("```quiz"));

        // Live preview follows the typing; the Preview button renders the same without scripts.
        var text = await trainer.InputValueAsync("#Text");
        await trainer.FillAsync("#Text", text.Replace("\n# Хүчтэй нууц үг\n", "\n# Хүчтэй нууц үг\n\nНууц үг **урт** байх ёстой.\n", StringComparison.Ordinal));
        await trainer.Locator("#live-preview .lesson strong").WaitForAsync();
        Assert.That(await trainer.Locator("#live-preview .lesson img").CountAsync(), Is.EqualTo(1));
        await trainer.ClickAsync("button[formaction$='/preview']");
        Assert.That(await trainer.Locator(".preview .lesson strong").TextContentAsync(), Is.EqualTo("урт"));
        Assert.That(await trainer.Locator(".preview .lesson img").GetAttributeAsync("alt"), Is.EqualTo("Урт нууц үгийн жишээ"));
        await trainer.AssertAccessibleAsync();

        await trainer.ClickAsync("button[formaction$='/publish']");
        Assert.That(await trainer.Locator(".notice").TextContentAsync(), Does.Contain("1"));

        // The learner enrols, reads the module with its image, and passes the quiz.
        var learner = await PageChecks.NewPageAsync();
        await AccessibilityTests.SignInAsync(learner, "learner@example.org");
        await learner.GotoAsync($"{SiteUnderTest.BaseUrl}/courses/{id}");
        await learner.ClickAsync($"form[action='/courses/{id}/enrol'] button");
        await learner.GotoAsync($"{SiteUnderTest.BaseUrl}/courses/{id}/modules/{moduleId}");
        Assert.That(await learner.Locator(".lesson img").GetAttributeAsync("alt"), Is.EqualTo("Урт нууц үгийн жишээ"));
        // Lesson images load lazily: bring it into view, then wait for the browser to have decoded it.
        await learner.Locator(".lesson img").ScrollIntoViewIfNeededAsync();
        Assert.That(async () => await learner.WaitForFunctionAsync("() => { const i = document.querySelector('.lesson img'); return i.complete && i.naturalWidth > 0; }",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 }), Throws.Nothing, "the image loads");
        await learner.GotoAsync($"{SiteUnderTest.BaseUrl}/courses/{id}/modules/{moduleId}/quiz");
        await learner.ClickAsync("form[action$='/quiz/start'] button");
        Assert.That(await learner.Locator("fieldset.question").TextContentAsync(), Does.Contain("strongest"));
        await learner.GetByLabel("ger-window-blue-horse-2024").CheckAsync();
        await learner.ClickAsync("button[value=submit]");
        Assert.That(learner.Url, Does.EndWith("/review"));
        var review = learner.Url;
        Assert.That(await learner.Locator(".result strong").TextContentAsync(), Is.EqualTo("100%"));

        // The trainer publishes version 2: another question text and the other answer correct.
        var v1 = await trainer.InputValueAsync("#Text");
        var v2 = v1.Replace("strongest", "weakest", StringComparison.Ordinal)
            .Replace("- [x] ger-window-blue-horse-2024", "- [ ] ger-window-blue-horse-2024", StringComparison.Ordinal)
            .Replace("- [ ] Batbold1990", "- [x] Batbold1990", StringComparison.Ordinal);
        Assert.That(v2, Is.Not.EqualTo(v1));
        await trainer.FillAsync("#Text", v2);
        await trainer.ClickAsync("button[formaction$='/publish']");
        Assert.That(await trainer.Locator(".notice").TextContentAsync(), Does.Contain("2"));

        // The earlier attempt still reviews on version 1: same question, same answer right, same grade.
        await learner.GotoAsync(review);
        Assert.That(await learner.Locator(".result strong").TextContentAsync(), Is.EqualTo("100%"));
        Assert.That(await learner.Locator(".review .question-text").TextContentAsync(), Does.Contain("strongest"));
        Assert.That(await learner.Locator(".review li.right").TextContentAsync(), Does.Contain("ger-window-blue-horse-2024"));
        await learner.GotoAsync($"{SiteUnderTest.BaseUrl}/courses/{id}/modules/{moduleId}/quiz");
        await learner.ClickAsync("form[action$='/quiz/start'] button");
        Assert.That(await learner.Locator("fieldset.question").TextContentAsync(), Does.Contain("weakest"), "a new attempt takes version 2");

        await using (var scope = SiteUnderTest.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var numbers = await db.QuizAttempts.Join(db.ModuleVersions, a => a.VersionId, v => v.Id, (a, v) => new { v.ModuleId, v.Number })
                .Where(x => x.ModuleId == moduleId).Select(x => x.Number).OrderBy(n => n).ToListAsync();
            Assert.That(numbers, Is.EqualTo(new[] { 1, 2 }));
        }

        await trainer.GotoAsync($"{SiteUnderTest.BaseUrl}/authoring/courses/{id}/modules/{moduleId}/history?language=mn&from=1&to=2");
        Assert.That(await trainer.Locator(".diff-added").CountAsync(), Is.GreaterThan(0));
        await trainer.AssertAccessibleAsync();
        await learner.Context.CloseAsync();
        await trainer.Context.CloseAsync();
    }

    [Test]
    public async Task TheEditorWorksWithoutJavaScript()
    {
        var page = await PageChecks.NewPageAsync(javaScript: false);
        await AccessibilityTests.SignInAsync(page, "staff@example.org");
        await page.GotoAsync($"{SiteUnderTest.BaseUrl}/authoring/courses/devices");
        await page.ClickAsync("tbody a");
        var text = await page.InputValueAsync("#Text");
        await page.FillAsync("#Text", text + "\nA line only the preview shows.\n");
        await page.ClickAsync("button[formaction$='/preview']");

        Assert.That(await page.Locator(".preview .lesson").TextContentAsync(), Does.Contain("A line only the preview shows."));
        Assert.That(await page.InputValueAsync("#Text"), Does.EndWith("A line only the preview shows.\n"), "nothing typed is lost");
        await page.Context.CloseAsync();
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(24, 16);
        bitmap.Erase(SKColors.DarkSlateBlue);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
