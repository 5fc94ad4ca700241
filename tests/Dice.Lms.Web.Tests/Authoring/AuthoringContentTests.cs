using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Parser;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Dice.Lms.Web.Tests.Authoring.AuthoringTests;

namespace Dice.Lms.Web.Tests.Authoring;

/// <summary>Images, quiz import, sanitised preview, history and the round trip with content/.</summary>
public sealed class AuthoringContentTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task AnUploadedImageIsStrippedOfMetadataStoredByHashAndReferencedInTheDraft()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";
        var original = TestImages.PngWithMetadata();
        Assert.That(System.Text.Encoding.Latin1.GetString(original), Does.Contain(TestImages.SecretMetadata));

        var upload = await trainer.UploadImageAsync(editor, original, "Map of Gobi.png", "image/png", "A map of the Gobi");

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Redirect),
            string.Join(" | ", Browserless.Parse(await upload.Content.ReadAsStringAsync()).QuerySelectorAll(".field-error, .form-errors li").Select(e => e.TextContent)));
        var page = await trainer.GetPageAsync(editor);
        var text = page.QuerySelector("textarea#Text")!.TextContent;
        Assert.That(text, Does.Match(@"!\[A map of the Gobi\]\(images/map-of-gobi-[0-9a-f]{8}\.png\)"));
        var src = page.QuerySelector(".image-list img")!.GetAttribute("src")!;
        var served = await trainer.GetAsync(src);
        Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(served.Headers.CacheControl?.ToString(), Is.EqualTo("public, max-age=31536000, immutable"));
        Assert.That(served.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.That(System.Text.Encoding.Latin1.GetString(bytes), Does.Not.Contain(TestImages.SecretMetadata));
        Assert.That(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), Is.EqualTo(src.Split('/')[^1]));

        // Published, the learner's page shows it from the same content-addressed URL.
        var published = await trainer.PostAsync(editor, "publish", new Dictionary<string, string>());
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await published.Content.ReadAsStringAsync());
        var reader = await trainer.GetPageAsync($"/courses/{courseId}/modules/{moduleId}");
        Assert.That(reader.QuerySelector($".lesson img[src='{src}']")?.GetAttribute("alt"), Is.EqualTo("A map of the Gobi"));
    }

    [TestCase("page.png", "image/png", "<html><body><script>alert(1)</script></body></html>")]
    [TestCase("animation.png", "image/png", "GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000\u0000\u0000\u0000")]
    [TestCase("drawing.png", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>")]
    [TestCase("broken.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0 not really a jpeg")]
    public async Task ADisguisedFileIsRefusedWithAReason(string fileName, string contentType, string content)
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);

        var response = await trainer.UploadImageAsync($"/authoring/courses/{courseId}/modules/{moduleId}",
            System.Text.Encoding.Latin1.GetBytes(content), fileName, contentType, "Something");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#ImageFile-error")?.TextContent, Is.Not.Empty);
        Assert.That(page.QuerySelector("#ImageFile")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().ModuleImages.AnyAsync(i => i.ModuleId == moduleId), Is.False);
    }

    [Test]
    public async Task APixelFloodIsRefusedFromItsHeaderWithAReasonInTheReadersLanguage()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);
        var flood = Dice.Lms.Tests.PixelFlood.Png(10_000, 10_000);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await trainer.UploadImageAsync($"/authoring/courses/{courseId}/modules/{moduleId}", flood, "flood.png", "image/png", "Flood");

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#ImageFile-error")?.TextContent,
            Does.Contain("10000 × 10000").And.Contain("пиксел"));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().ModuleImages.AnyAsync(i => i.ModuleId == moduleId), Is.False);
    }

    [Test]
    public async Task AnImageOverOneMegabyteOrWithoutAltTextIsRefused()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";
        byte[] large = [.. TestImages.Png(), .. new byte[1024 * 1024]];

        var tooLarge = await trainer.UploadImageAsync(editor, large, "large.png", "image/png", "Large");
        Assert.That(tooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(Browserless.Parse(await tooLarge.Content.ReadAsStringAsync()).QuerySelector("#ImageFile-error")?.TextContent, Is.Not.Empty);

        var noAlt = await trainer.UploadImageAsync(editor, TestImages.Png(), "ok.png", "image/png", " ");
        Assert.That(noAlt.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = Browserless.Parse(await noAlt.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#AltText-error")?.TextContent, Is.Not.Empty);
        Assert.That(page.QuerySelector("#ImageFile-error"), Is.Null);
    }

    [Test]
    public async Task PastedGiftBecomesTheQuizBlockOfTheDraftAndErrorsKeepTheDraft()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";

        var broken = await trainer.PostAsync(editor, "quiz", new Dictionary<string, string>
        {
            ["QuizFormat"] = "gift",
            ["QuizSource"] = "::Q1:: Which is safer? {=A long passphrase ~A short password}\n\n::Q2:: Broken {=\n",
        });
        Assert.That(broken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = Browserless.Parse(await broken.Content.ReadAsStringAsync()).QuerySelectorAll("#quiz .form-errors li").Select(li => li.TextContent).ToList();
        Assert.That(errors, Has.Some.Match(@"^\d+-р мөр: 'Q2' асуултад"), "the line and the problem, in the page's language");
        Assert.That(await trainer.FormAsync(editor).ContinueWith(f => Editor.Fields(f.Result)["Text"]), Does.Not.Contain("```quiz"));

        var added = await trainer.PostAsync(editor, "quiz", new Dictionary<string, string>
        {
            ["QuizFormat"] = "gift",
            ["QuizSource"] = "::Q1:: Which is safer? {=A long passphrase ~A short password}\n",
        });
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await added.Content.ReadAsStringAsync());
        var page = await trainer.GetPageAsync(editor);
        Assert.That(page.QuerySelector("textarea#Text")!.TextContent, Does.Contain("```quiz").And.Contain("## Which is safer?"));
        Assert.That(page.QuerySelectorAll(".problems li.problem-error"), Is.Empty);
    }

    public static IEnumerable<TestCaseData> Payloads() =>
        [new TestCaseData(XssPayloads.All).SetName("EveryXssPayloadIsSanitisedInTheLivePreview")];

    [TestCaseSource(nameof(Payloads))]
    public async Task EveryXssPayloadIsSanitisedInThePreview(IReadOnlyList<string> payloads)
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";
        var fields = Editor.Fields(await trainer.FormAsync(editor));
        var parser = new HtmlParser();
        string[] forbidden = ["script", "iframe", "object", "embed", "svg", "math", "form", "input", "button", "textarea", "style", "link", "meta", "base"];

        Assert.That(payloads, Has.Count.GreaterThanOrEqualTo(100));
        foreach (var payload in payloads)
        {
            var response = await trainer.PostFieldsAsync(editor, "preview-live", fields,
                new Dictionary<string, string> { ["Text"] = ModuleText(moduleId, "X", "\n" + payload + "\n") });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), payload);
            var html = await response.Content.ReadAsStringAsync();
            var lesson = parser.ParseDocument($"<body>{html}</body>").QuerySelector(".lesson");
            Assert.That(lesson, Is.Not.Null, payload);
            foreach (var element in lesson!.QuerySelectorAll("*"))
            {
                Assert.That(element.LocalName, Is.Not.AnyOf(forbidden), payload);
                foreach (var attribute in element.Attributes)
                {
                    Assert.That(attribute.Name, Does.Not.StartWith("on").IgnoreCase, payload);
                    Assert.That(attribute.Value, Does.Not.Contain("javascript:").IgnoreCase, payload);
                    Assert.That(attribute.Name, Is.Not.EqualTo("style"), payload);
                }
            }
        }
    }

    [Test]
    public async Task ThePreviewEndpointNeedsTheAntiforgeryToken()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);

        var response = await trainer.PostAsync($"/authoring/courses/{courseId}/modules/{moduleId}/preview-live",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Language"] = "mn", ["Text"] = "# Hi" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task HistoryShowsWhoPublishedADiffWithTextMarkersAndRestoresAnEarlierVersion()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";
        var first = ModuleText(moduleId, "One", "\nFirst line.\nKept line.\n");
        var second = ModuleText(moduleId, "One", "\nSecond line.\nKept line.\n");
        Assert.That((await trainer.PostAsync(editor, "publish", new Dictionary<string, string> { ["Text"] = first })).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await trainer.PostAsync(editor, "publish", new Dictionary<string, string> { ["Text"] = second })).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var history = await trainer.GetPageAsync($"{editor}/history?language=mn&from=1&to=2");
        Assert.That(history.QuerySelectorAll("tbody tr"), Has.Length.EqualTo(2));
        Assert.That(history.QuerySelector("tbody tr td:nth-child(2)")!.TextContent, Is.EqualTo("Test User"));
        var removed = history.QuerySelector(".diff-removed")!;
        var added = history.QuerySelector(".diff-added")!;
        Assert.That(removed.TextContent, Does.Contain("First line.").And.Contain("−"));
        Assert.That(removed.QuerySelector(".visually-hidden")!.TextContent, Is.Not.Empty, "not colour alone");
        Assert.That(added.TextContent, Does.Contain("Second line.").And.Contain("+"));
        Assert.That(history.QuerySelectorAll(".diff-same").Select(l => l.TextContent), Has.Some.Contains("Kept line."));

        var restore = await trainer.SubmitFormAsync($"{editor}/history", $"{editor}/versions/1/restore", new Dictionary<string, string>());
        Assert.That(restore.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await trainer.GetPageAsync(editor);
        Assert.That(page.QuerySelector("textarea#Text")!.TextContent, Is.EqualTo(first));
        Assert.That(page.QuerySelector(".status")!.TextContent, Does.Contain("2"), "learners keep version 2 until the restored draft is published");
    }

    [Test]
    public async Task AnExportedCourseValidatesAndImportsIntoAFreshDatabaseAsTheSameCourse()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var (courseId, moduleId) = await CreateCourseAndModuleAsync(trainer);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";
        Assert.That((await trainer.UploadImageAsync(editor, TestImages.Png(), "diagram.png", "image/png", "A diagram")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var mn = Editor.Fields(await trainer.FormAsync(editor))["Text"] + "\n```quiz\n## Үнэн үү?\ntype: truefalse\n- [x] Үнэн :: Зөв.\n- [ ] Худал :: Буруу.\n```\n";
        Assert.That((await trainer.PostAsync(editor, "publish", new Dictionary<string, string> { ["Text"] = mn })).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var zip = await trainer.GetAsync($"/authoring/courses/{courseId}/export");
        Assert.That(zip.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
        var folder = Path.Combine(Path.GetTempPath(), "dice-export-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "fresh.db");
        try
        {
            using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync()))
            {
                archive.ExtractToDirectory(Path.Combine(folder, "content"));
            }

            Assert.That(Directory.GetFiles(Path.Combine(folder, "content", courseId, "images")), Has.Length.EqualTo(1));
            var problems = ContentValidator.Validate(Path.Combine(folder, "content"));
            Assert.That(problems.Where(p => p.IsError), Is.Empty, string.Join("\n", problems));

            var options = new DbContextOptionsBuilder<SqliteLmsDbContext>().UseSqlite($"Data Source={database}").Options;
            await using (var fresh = new SqliteLmsDbContext(options))
            {
                await fresh.Database.MigrateAsync();
                var report = await new ContentImport(fresh, TimeProvider.System, NullLogger<ContentImport>.Instance).ImportAsync(Path.Combine(folder, "content"));
                Assert.That(report.Refused, Is.Empty);
                Assert.That(report.VersionsAdded, Is.EqualTo(1));
            }

            await using var imported = new SqliteLmsDbContext(options);
            await using var scope = _factory.Services.CreateAsyncScope();
            var site = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var course = await site.Courses.SingleAsync(c => c.Id == courseId);
            var copy = await imported.Courses.SingleAsync(c => c.Id == courseId);
            Assert.That((copy.AreaId, copy.TitleMn, copy.TitleEn, copy.DescriptionMn, copy.Completion, copy.PassMark),
                Is.EqualTo((course.AreaId, course.TitleMn, course.TitleEn, course.DescriptionMn, course.Completion, course.PassMark)));
            var version = await site.ModuleVersions.SingleAsync(v => v.ModuleId == moduleId);
            var copied = await imported.ModuleVersions.SingleAsync(v => v.ModuleId == moduleId);
            Assert.That(copied.ContentHash, Is.EqualTo(version.ContentHash), "the same files and images, byte for byte");
            Assert.That(copied.AssetHashes, Is.EqualTo(version.AssetHashes));
            foreach (var language in new[] { "mn", "en" })
            {
                Assert.That(copied.Text(language)!.Markdown, Is.EqualTo(version.Text(language)!.Markdown));
                Assert.That(copied.Text(language)!.Title, Is.EqualTo(version.Text(language)!.Title));
                Assert.That(copied.Text(language)!.QuestionCount, Is.EqualTo(version.Text(language)!.QuestionCount));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task EditingAShippedCourseWarnsFirstAndContentImportThenReportsTheConflict()
    {
        var staff = await _factory.ClientForRoleAsync(Roles.Staff);
        const string editor = "/authoring/courses/safety/modules/strong-passwords";
        var before = await staff.GetPageAsync(editor);
        Assert.That(before.QuerySelector(".warning")?.TextContent, Does.Contain("дарж бичихгүй"), "a later content import will not overwrite it");
        var text = before.QuerySelector("textarea#Text")!.TextContent;
        Assert.That(text, Does.StartWith("---\nid: strong-passwords\n"), "the published version as a module file");

        var edited = text.Replace("\n---\n", "\n---\n\nEdited in the browser.\n", StringComparison.Ordinal);
        Assert.That((await staff.PostAsync(editor, "publish", new Dictionary<string, string> { ["Text"] = edited })).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        Assert.That((await db.Courses.SingleAsync(c => c.Id == "safety")).Source, Is.EqualTo(CourseSource.Browser));
        var report = await scope.ServiceProvider.GetRequiredService<ContentImport>().ImportAsync(Path.Combine(Repository.Root, "content"));
        Assert.That(report.Conflicts, Is.EqualTo(new[] { "safety" }));
        var module = await db.Modules.AsNoTracking().SingleAsync(m => m.Id == "strong-passwords");
        var current = await db.ModuleVersions.AsNoTracking().SingleAsync(v => v.Id == module.CurrentVersionId);
        Assert.That(current.Text("mn")!.Markdown, Does.Contain("Edited in the browser."), "the browser edit is not overwritten");
        Assert.That((await staff.GetPageAsync(editor)).QuerySelector(".warning"), Is.Null, "warned only before the first edit");
    }
}
