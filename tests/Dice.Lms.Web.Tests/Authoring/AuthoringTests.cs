using System.Net;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Authoring;

/// <summary>Trainers write, preview and publish modules in the browser (issue 9), on the real site with the shipped courses.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class AuthoringTests(TestProvider provider)
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent(provider);

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    public static string ModuleText(string id, string title, string body) =>
        $"---\nid: {id}\ntitle: \"{title}\"\nlevel: beginner\ncompetences: [\"4.1\"]\nminutes: 10\nobjectives:\n  - \"Know {title}\"\n{Review}---\n{body}";

    public const string Review = "reviewed: 2026-12-01\nsources:\n  - \"Google Account Help, support.google.com\"\n";

    private const string Quiz = "```quiz\n## Is the sky blue?\ntype: truefalse\n- [x] True :: Right.\n- [ ] False :: Look up.\n```\n";

    [Test]
    public async Task ATrainerCreatesACourseAndModuleAndPublishesItForLearners()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";

        // A draft with a broken quiz is saved, but publishing is refused with the error and its line.
        var broken = ModuleText(moduleId, "Passwords", "\n# Passwords\n\nUse a passphrase.\n\n```quiz\n## A question without answers\n```\n");
        var saved = await trainer.PostAsync(editor, "save", new Dictionary<string, string> { ["Text"] = broken });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var refused = await trainer.PostAsync(editor, "publish", new Dictionary<string, string> { ["Text"] = broken });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var refusedPage = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.That(refusedPage.QuerySelector("#refused-heading"), Is.Not.Null);
        Assert.That(refusedPage.QuerySelectorAll(".problems li.problem-error").Select(li => li.TextContent), Has.Some.Contains("сорил: асуултад хариулт алга"), "said in the editor's language");
        Assert.That(await LearnerSeesModuleAsync(courseId, moduleId), Is.False, "nothing is published yet");

        // The Preview button renders the text through the lesson pipeline without saving it.
        var good = ModuleText(moduleId, "Passwords", "\n# Passwords\n\nUse a **passphrase**.\n\n" + Quiz);
        var preview = await trainer.PostAsync(editor, "preview", new Dictionary<string, string> { ["Text"] = good });
        var previewPage = Browserless.Parse(await preview.Content.ReadAsStringAsync());
        Assert.That(previewPage.QuerySelector(".preview .lesson strong")?.TextContent, Is.EqualTo("passphrase"));
        Assert.That(previewPage.QuerySelector(".preview .lesson")?.TextContent, Does.Not.Contain("Is the sky blue"), "the quiz is not in the lesson");

        // Without the date of its fact check and its sources, publishing is refused with a message at the text field.
        var unreviewed = good.Replace(Review, "", StringComparison.Ordinal);
        var noReview = await trainer.PostAsync(editor, "publish", new Dictionary<string, string> { ["Text"] = unreviewed });
        Assert.That(noReview.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var noReviewPage = Browserless.Parse(await noReview.Content.ReadAsStringAsync());
        Assert.That(noReviewPage.QuerySelector("#Text")?.GetAttribute("aria-describedby"), Does.Contain("Text-error"));
        Assert.That(noReviewPage.QuerySelector("#Text-error")?.TextContent, Does.Contain("'reviewed' түлхүүр алга").And.Contain("'sources' түлхүүр алга"));
        Assert.That(await LearnerSeesModuleAsync(courseId, moduleId), Is.False, "nothing is published without a review");

        var published = await trainer.PostAsync(editor, "publish", new Dictionary<string, string> { ["Text"] = good });
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await published.Content.ReadAsStringAsync());
        Assert.That(await LearnerSeesModuleAsync(courseId, moduleId), Is.True);

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var version = await db.ModuleVersions.SingleAsync(v => v.ModuleId == moduleId);
        Assert.That(version.CreatedBy, Is.Not.Null);
        Assert.That(version.Text("mn")!.QuestionCount, Is.EqualTo(1));
        Assert.That(version.Text("mn")!.Reviewed, Is.EqualTo(new DateOnly(2026, 12, 1)), "the review is kept with the version");
        Assert.That(version.Text("mn")!.SourceList, Is.EqualTo(new[] { "Google Account Help, support.google.com" }));

        // The editor shows the published version with both keys, so publishing it again needs nothing added back.
        var reloaded = Editor.Fields(await trainer.FormAsync(editor))["Text"];
        Assert.That(reloaded, Does.Contain("reviewed: 2026-12-01").And.Contain("Google Account Help, support.google.com"));
        Assert.That((await db.Courses.SingleAsync(c => c.Id == courseId)).Source, Is.EqualTo(CourseSource.Browser));
    }

    [Test]
    public async Task OnlyAssignedTrainersEditACourseAndLearnersCannotEditAny()
    {
        var owner = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(owner);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";
        var fields = Editor.Fields(await owner.FormAsync(editor));

        var otherEmail = $"other-{Guid.NewGuid():N}@example.org";
        await _factory.CreateUserAsync(otherEmail, Roles.Trainer, fullName: "Other Trainer");
        var other = await _factory.SignedInClientAsync(otherEmail);
        Assert.That((await other.GetAsync($"/authoring/courses/{courseId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await other.GetAsync(editor)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await other.GetAsync($"/authoring/courses/{courseId}/export")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var index = await other.GetPageAsync("/authoring");
        Assert.That(index.QuerySelectorAll($"a[href='/authoring/courses/{courseId}']"), Is.Empty);
        // A form posted with the other trainer's own token still cannot reach the course.
        fields["__RequestVerificationToken"] = await other.AntiforgeryTokenAsync("/authoring/courses/new");
        var save = await other.PostFieldsAsync(editor, "save", fields, new Dictionary<string, string> { ["Text"] = "hijacked" });
        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var learner = await _factory.ClientForRoleAsync(Roles.Learner);
        var denied = await learner.GetAsync("/authoring");
        Assert.That(denied.Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"));
        Assert.That((await learner.GetAsync("/account/access-denied")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        // Staff assign the other trainer on the course page; then the course is theirs to edit too.
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        var coursePage = await staff.GetPageAsync($"/authoring/courses/{courseId}");
        var option = coursePage.QuerySelectorAll("#trainerId option").Single(o => o.TextContent.Contains(otherEmail));
        var assign = await staff.SubmitFormAsync($"/authoring/courses/{courseId}", $"/authoring/courses/{courseId}/trainers",
            new Dictionary<string, string> { ["trainerId"] = option.GetAttribute("value")! });
        Assert.That(assign.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await other.GetAsync(editor)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await owner.GetAsync($"/authoring/courses/{courseId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var trainerAssign = await owner.PostAsync($"/authoring/courses/{courseId}/trainers", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trainerId"] = option.GetAttribute("value")!,
            ["__RequestVerificationToken"] = await owner.AntiforgeryTokenAsync($"/authoring/courses/{courseId}"),
        }));
        Assert.That(trainerAssign.Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"), "only staff assign trainers");
    }

    [Test]
    public async Task TheSecondOfTwoSavesFromTheSameRevisionIsRefusedAndKeepsItsText()
    {
        var first = await _factory.ClientForRoleAsync(Roles.Staff);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(first);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";
        var second = await _factory.ClientForRoleAsync(Roles.Admin);
        var firstFields = Editor.Fields(await first.FormAsync(editor));
        var secondFields = Editor.Fields(await second.FormAsync(editor));

        var theirs = ModuleText(moduleId, "Theirs", "\nSaved first.\n");
        var mine = ModuleText(moduleId, "Mine", "\nSaved second, after a long think.\n");
        Assert.That((await first.PostFieldsAsync(editor, "save", firstFields, new Dictionary<string, string> { ["Text"] = theirs })).StatusCode,
            Is.EqualTo(HttpStatusCode.Redirect));
        var refused = await second.PostFieldsAsync(editor, "save", secondFields, new Dictionary<string, string> { ["Text"] = mine });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#conflict-heading"), Is.Not.Null);
        Assert.That(page.QuerySelector("textarea#Text")!.TextContent.Replace("\r\n", "\n"), Is.EqualTo(mine), "nothing typed is lost");
        Assert.That(page.QuerySelector("textarea#their-text")!.TextContent, Is.EqualTo(theirs));
        Assert.That(await DraftAsync(moduleId, "mn"), Is.EqualTo(theirs));

        // Having seen their text, saving again from the refused page is deliberate and wins.
        var again = await second.PostFieldsAsync(editor, "save", Editor.Fields(page.Forms.Single(f => f.GetAttribute("action")!.EndsWith("/save", StringComparison.Ordinal))), new Dictionary<string, string>());
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await DraftAsync(moduleId, "mn"), Is.EqualTo(mine));
    }

    [Test]
    public async Task ANewModuleNeedsTheDateItsFactsWereCheckedAndItsSources()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, _) = await CreateCourseAndModuleAsync(trainer);
        var refused = await trainer.SubmitFormAsync($"/authoring/courses/{courseId}", $"/authoring/courses/{courseId}/modules", new Dictionary<string, string>
        {
            ["NewModule.ModuleId"] = $"unreviewed-{Guid.NewGuid():N}"[..20],
            ["NewModule.Competences"] = "4.1",
            ["NewModule.TitleMn"] = "Нууц үг",
            ["NewModule.TitleEn"] = "Passwords",
            ["NewModule.Reviewed"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["NewModule.Sources"] = "",
        });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("#NewModule_Sources")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));
            Assert.That(page.QuerySelector("#NewModule_Reviewed-error")?.TextContent, Is.EqualTo("Огноо ирээдүйд байж болохгүй."));
        });
    }

    [Test]
    public async Task TheCourseDetailsCanBeChangedButNotTheId()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, _) = await CreateCourseAndModuleAsync(trainer);

        var empty = await trainer.SubmitFormAsync($"/authoring/courses/{courseId}", $"/authoring/courses/{courseId}/details",
            new Dictionary<string, string> { ["Details.TitleEn"] = "" });
        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Browserless.Parse(await empty.Content.ReadAsStringAsync()).QuerySelector("#Details_TitleEn")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));

        var saved = await trainer.SubmitFormAsync($"/authoring/courses/{courseId}", $"/authoring/courses/{courseId}/details", new Dictionary<string, string>
        {
            ["Details.Id"] = "another-id",
            ["Details.TitleEn"] = "Passphrases",
            ["Details.Completion"] = "modules",
            ["Details.PassMark"] = "80",
        });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await using var scope = _factory.Services.CreateAsyncScope();
        var course = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Courses.SingleAsync(c => c.Id == courseId);
        Assert.That((course.TitleEn, course.TitleMn, course.Completion, course.PassMark), Is.EqualTo(("Passphrases", "Нууц үг", CompletionRule.Modules, 80)));
    }

    private async Task<bool> LearnerSeesModuleAsync(string courseId, string moduleId)
    {
        var learner = await _factory.ClientForRoleAsync(Roles.Learner);
        if ((await learner.GetAsync($"/courses/{courseId}")).StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await learner.SubmitFormAsync($"/courses/{courseId}", $"/courses/{courseId}/enrol", new Dictionary<string, string>());
        var module = await learner.GetAsync($"/courses/{courseId}/modules/{moduleId}");
        return module.StatusCode == HttpStatusCode.OK && (await module.Content.ReadAsStringAsync()).Contains("passphrase", StringComparison.Ordinal);
    }

    private async Task<string?> DraftAsync(string moduleId, string language)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        return (await db.ModuleDrafts.SingleOrDefaultAsync(d => d.ModuleId == moduleId && d.Language == language))?.Text;
    }

    /// <summary>A new course with one module, through the pages.</summary>
    public static async Task<(string CourseId, string ModuleId)> CreateCourseAndModuleAsync(HttpClient client)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var courseId = $"course-{suffix}";
        var moduleId = $"module-{suffix}";
        var created = await client.SubmitFormAsync("/authoring/courses/new", "/authoring/courses/new", new Dictionary<string, string>
        {
            ["Id"] = courseId,
            ["AreaId"] = "safety",
            ["TitleMn"] = "Нууц үг",
            ["TitleEn"] = "Passwords",
            ["DescriptionMn"] = "Нууц үгийн тухай",
            ["DescriptionEn"] = "About passwords",
            ["Completion"] = "modules-and-quizzes",
            ["PassMark"] = "70",
        });
        Assert.That(created.Headers.Location?.OriginalString, Is.EqualTo($"/authoring/courses/{courseId}"), await created.Content.ReadAsStringAsync());
        var module = await client.SubmitFormAsync($"/authoring/courses/{courseId}", $"/authoring/courses/{courseId}/modules", new Dictionary<string, string>
        {
            ["NewModule.ModuleId"] = moduleId,
            ["NewModule.Level"] = "beginner",
            ["NewModule.Competences"] = "4.1",
            ["NewModule.TitleMn"] = "Урт нууц үг",
            ["NewModule.TitleEn"] = "Long passwords",
            ["NewModule.Minutes"] = "10",
            ["NewModule.ObjectivesMn"] = "Урт нууц үг зохиох",
            ["NewModule.ObjectivesEn"] = "Make a long passphrase",
            ["NewModule.Reviewed"] = "2026-12-01",
            ["NewModule.Sources"] = "Google Account Help, support.google.com",
        });
        Assert.That(module.Headers.Location?.OriginalString, Does.EndWith($"/modules/{moduleId}"), await module.Content.ReadAsStringAsync());
        return (courseId, moduleId);
    }
}
