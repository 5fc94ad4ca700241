using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// The whole journey in Chromium: sign up with a join code, baseline self-assessment, read a module, pass its quiz, staff
/// issue the certificate, download it, verify it by its QR code's URL. Every page on the way passes axe.
/// </summary>
public sealed class LearnerJourneyTests
{
    private const string CourseId = "journey-safe-sharing";
    private const string ModuleId = "sharing-links";
    private const string JoinCode = "JRNY2026CD";
    private const string Password = "journey-password-2026";

    private static readonly Dictionary<string, string[]> CorrectAnswers = new()
    {
        ["mn"] = ["Зөвхөн нэрлэсэн хүмүүст", "Үнэн", "Хэн үзэж болохыг шалгах", "Хугацаа дуусах огноо тавих"],
        ["en"] = ["Only named people", "True", "Check who can open it", "Set an expiry date"],
    };

    private static readonly Dictionary<string, string> ValidCertificate = new() { ["mn"] = "Хүчинтэй гэрчилгээ", ["en"] = "Valid certificate" };

    private int _cohortId;

    [OneTimeSetUp]
    public async Task AddTheCourseAndItsCohortAsync()
    {
        await TestContent.ImportCourseAsync(CourseId, new Dictionary<string, string>
        {
            ["course.yml"] = """
                id: journey-safe-sharing
                area: safety
                title:
                  mn: Файлыг аюулгүй хуваалцах
                  en: Sharing files safely
                description:
                  mn: Нэг модультай богино сургалт.
                  en: A short course of one module.
                completion: modules-and-quizzes
                pass-mark: 70
                """,
            ["01-sharing-links.mn.md"] = Module(
                "Холбоосоор хуваалцах", "Хуваалцах холбоосын эрхийг шалгах",
                "Файлыг «холбоос бүхий хэн ч» гэж хуваалцвал холбоос хүрсэн хүн бүр нээж чадна. Ашиг хүртэгчдийн мэдээллийг зөвхөн нэрлэсэн хүмүүст хуваалцаарай.",
                """
                ## Ашиг хүртэгчдийн жагсаалтыг хэнтэй хуваалцах вэ?
                - [x] Зөвхөн нэрлэсэн хүмүүст :: Зөв.
                - [ ] Холбоос бүхий хэн ч :: Холбоос дамжсаар танихгүй хүнд хүрнэ.

                ## Холбоос бүхий хэн ч файлыг нээж чадна.
                type: truefalse
                - [x] Үнэн :: Зөв.
                - [ ] Худал :: Холбоос хүрсэн хүн бүр нээнэ.

                ## Хуваалцахаасаа өмнө юу хийх вэ? Бүгдийг сонго.
                - [x] Хэн үзэж болохыг шалгах :: Зөв.
                - [x] Хугацаа дуусах огноо тавих :: Зөв.
                - [ ] Нууц үгийг чатаар илгээх :: Чат хадгалагдана.
                """),
            ["01-sharing-links.en.md"] = Module(
                "Sharing by link", "Check who a sharing link lets in",
                "A file shared with \"anyone with the link\" opens for everyone the link reaches. Share beneficiaries' data with named people only.",
                """
                ## Who should get the list of beneficiaries?
                - [x] Only named people :: Right.
                - [ ] Anyone with the link :: Links get forwarded to strangers.

                ## Anyone with the link can open the file.
                type: truefalse
                - [x] True :: Right.
                - [ ] False :: Everyone the link reaches can open it.

                ## What do you do before sharing? Choose all that apply.
                - [x] Check who can open it :: Right.
                - [x] Set an expiry date :: Right.
                - [ ] Send the password by chat :: Chats are stored.
                """),
        });

        await using var scope = SiteUnderTest.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var cohort = new Cohort("Аяллын бүлэг 2026", null, null, null, JoinCode);
        cohort.AssignCourses([CourseId]);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        _cohortId = cohort.Id;
    }

    [TestCase(JourneyMode.Mouse, "mn")]
    [TestCase(JourneyMode.Mouse, "en")]
    [TestCase(JourneyMode.Keyboard, "en")]
    [TestCase(JourneyMode.NoScript, "mn")]
    public async Task ANewcomerSignsUpLearnsAndVerifiesTheirCertificate(JourneyMode mode, string language)
    {
        var email = $"journey-{mode}-{language}@example.org".ToLowerInvariant();
        var name = language == "mn" ? "Должинсүрэнгийн Саруул" : "Saruul Dolgorsuren";
        var staffEmail = $"journey-staff-{mode}-{language}@example.org".ToLowerInvariant();
        await StaffAccountAsync(staffEmail, language);

        // Sign up with the cohort's join code, in the chosen language.
        var learner = await JourneyBrowser.OpenAsync(mode, language);
        var page = learner.Page;
        await learner.GotoAsync("/account/sign-up");
        await learner.ChooseLanguageAsync();
        await learner.FillAsync(page.Locator("#FullName"), name);
        await learner.FillAsync(page.Locator("#Email"), email);
        await learner.FillAsync(page.Locator("#Password"), Password);
        await learner.FillAsync(page.Locator("#JoinCode"), "jrny-2026-cd");
        await learner.FollowAsync(page.Locator("form[action='/account/sign-up'] button.primary"));
        // Sign-up never signs in (a taken address must get the same answer); the password works at once.
        await learner.FollowAsync(page.Locator("main a[href='/account/sign-in']"));
        await learner.FillAsync(page.Locator("#Email"), email);
        await learner.FillAsync(page.Locator("#Password"), Password);
        await learner.FollowAsync(page.Locator("form[action='/account/sign-in'] button.primary"));
        Assert.That(page.Url, Is.EqualTo(SiteUnderTest.BaseUrl + "/"));

        // The baseline self-assessment, from "My levels".
        await learner.FollowAsync(page.Locator("header a[href='/my/levels']"));
        await learner.FollowAsync(page.Locator("a.button[href='/self-assessment']"));
        var questions = await page.Locator("fieldset.question").AllAsync();
        Assert.That(questions, Has.Count.EqualTo(16));
        foreach (var question in questions)
        {
            await learner.CheckAsync(question.Locator("input[type=radio]").Nth(1));
        }

        await learner.FollowAsync(page.Locator("form[action='/self-assessment'] button.primary"));
        Assert.That(page.Url, Does.EndWith("/my/levels"));
        Assert.That(await page.Locator("a.button[href='/self-assessment']").CountAsync(), Is.Zero, "the baseline is taken");

        // The join code enrolled them: the course is theirs to start.
        await learner.FollowAsync(page.Locator("header a[href='/courses']"));
        await learner.FollowAsync(page.Locator($"a[href='/courses/{CourseId}']"));
        await learner.FollowAsync(page.Locator($"a.button.primary[href='/courses/{CourseId}/modules/{ModuleId}']"));
        Assert.That(await page.Locator(".lesson").TextContentAsync(), Does.Contain(language == "mn" ? "нэрлэсэн хүмүүст" : "named people only"));
        await learner.FollowAsync(page.Locator("form[action$='/complete'] button"));
        // The last module done, the course page shows it ticked off; the quiz is still to pass.
        Assert.That(page.Url, Does.EndWith($"/courses/{CourseId}"));
        Assert.That(await page.Locator("li.module.done").CountAsync(), Is.EqualTo(1), "marked complete");

        // Pass the quiz: the options come shuffled, so answers are found by their labels.
        await learner.FollowAsync(page.Locator($"ol.modules a[href='/courses/{CourseId}/modules/{ModuleId}']"));
        await learner.FollowAsync(page.Locator("a.button[href$='/quiz']"));
        await learner.FollowAsync(page.Locator("form[action$='/quiz/start'] button"));
        Assert.That(page.Url, Does.Match(@"/attempts/\d+$"));
        foreach (var answer in CorrectAnswers[language])
        {
            await learner.CheckAsync(page.GetByLabel(answer, new() { Exact = true }));
        }

        await learner.FollowAsync(page.Locator("button[value=submit]"));
        Assert.That(page.Url, Does.EndWith("/review"));
        Assert.That(await page.Locator(".result").GetAttributeAsync("class"), Does.Contain("passed"));
        Assert.That(await page.Locator(".result").TextContentAsync(), Does.Contain("100"));

        // A staff member, in their own browser, issues the certificate.
        var staff = await JourneyBrowser.OpenAsync(mode, language);
        await staff.GotoAsync("/account/sign-in");
        await staff.FillAsync(staff.Page.Locator("#Email"), staffEmail);
        await staff.FillAsync(staff.Page.Locator("#Password"), Password);
        await staff.FollowAsync(staff.Page.Locator("form[action='/account/sign-in'] button.primary"));
        await staff.ChooseLanguageAsync();
        await staff.FollowAsync(staff.Page.Locator("header a[href='/staff/certificates']"));
        await staff.FollowAsync(staff.Page.Locator($"a[href='/staff/certificates/{_cohortId}/{CourseId}']"));
        var row = staff.Page.Locator($"tr[data-learner='{email}']");
        Assert.That(await row.Locator("td").First.TextContentAsync(), Is.EqualTo(name));
        await staff.FollowAsync(row.Locator("form[action$='/issue'] button"));
        Assert.That(await row.Locator(".certificate-state").TextContentAsync(), Is.EqualTo(language == "mn" ? "Олгосон" : "Issued"));

        // The learner downloads the PDF from "My certificates".
        await learner.FollowAsync(page.Locator("header a[href='/my/certificates']"));
        var certificate = await DownloadedCertificate.ReadAsync(await learner.DownloadAsync(page.Locator("a[href$='/pdf']")));
        Assert.That(certificate.Text, Does.Contain(name));

        // Anyone who scans the QR code sees that the certificate is valid.
        var visitor = await JourneyBrowser.OpenAsync(mode, language);
        await visitor.GotoAsync(certificate.VerifyUrl);
        await visitor.ChooseLanguageAsync();
        Assert.That(await visitor.Page.Locator("#verify-result").TextContentAsync(), Is.EqualTo(ValidCertificate[language]));
        Assert.That(await visitor.Page.Locator(".verify-result dl").TextContentAsync(), Does.Contain(name));

        foreach (var person in new[] { learner, staff, visitor })
        {
            await person.CheckVisitedPagesAsync();
            await person.CloseAsync();
        }
    }

    private static async Task StaffAccountAsync(string email, string language)
    {
        await using var scope = SiteUnderTest.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateOrUpdateAsync(new AccountRequest(email, "Journey Staff", "staff", Password, Language: language, EmailConfirmed: true));
        Assert.That(account.Errors, Is.Empty);
    }

    private static string Module(string title, string objective, string paragraph, string quiz) => $"""
        ---
        id: {ModuleId}
        title: {title}
        level: beginner
        competences: ["4.2"]
        minutes: 5
        objectives:
          - {objective}
        reviewed: 2026-12-01
        sources: ["support.google.com"]
        ---

        {paragraph}

        ```quiz
        pass-mark: 70

        {quiz}
        ```
        """;
}
