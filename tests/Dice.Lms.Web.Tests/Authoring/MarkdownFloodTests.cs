using System.Diagnostics;
using System.Net;
using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests.Authoring;

/// <summary>
/// Pathological Markdown sent to a running site, a process of its own as in production: the preview, the live preview
/// and publishing each answer with the problem and its line, the site keeps answering afterwards, and
/// <c>content validate</c> names the file and line. A stack overflow here would end the whole process, which an
/// in-process test could not survive to report; the ceiling per request is a liveness check only (the speed itself
/// is measured in docs/benchmarks.md).
/// </summary>
[Category(Needs.Process)]
public sealed class MarkdownFloodTests
{
    private const string Password = "flood test passphrase";
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(10);

    private string _folder = null!;
    private Dictionary<string, string?> _storage = null!;

    [SetUp]
    public void MakeFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dice-lms-flood", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _storage = new Dictionary<string, string?>
        {
            ["Lms:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Lms"] = $"Data Source={Path.Combine(_folder, "lms.db")}",
        };
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task PreviewAndPublishOfPathologicalMarkdownAnswerWithTheProblemAndTheSiteLivesOn()
    {
        var created = await Cli.RunAsync(_folder, _storage, "users", "create", "--email", "trainer@flood.test", "--name", "Trainer", "--role", "trainer", "--password", Password);
        Assert.That(created.ExitCode, Is.Zero, created.Error);
        var settings = new Dictionary<string, string>(_storage!)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Lms:Content:ImportOnStart"] = "false",
            ["Lms:PublicBaseUrl"] = "http://lms.test",
            ["Lms:Email:PickupDirectory"] = Path.Combine(_folder, "mail"),
            ["Lms:Security:AccountPostsPerMinute"] = "1000",
        };
        await using var node = await SiteNode.StartAsync("flood", _folder, settings);
        using var trainer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{node.Port}/"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var signedIn = await trainer.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = "trainer@flood.test", ["Password"] = Password });
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        // The problems in English, to compare with the expected words; the test of the limits checks the Mongolian.
        await trainer.SubmitFormAsync("/", "/language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });
        var (courseId, moduleId) = await AuthoringTests.CreateCourseAndModuleAsync(trainer);
        var editor = $"/authoring/courses/{courseId}/modules/{moduleId}";

        foreach (var input in PathologicalMarkdown.All())
        {
            var text = AuthoringTests.ModuleText(moduleId, "Flood", input.Body);
            var linesBeforeBody = AuthoringTests.ModuleText(moduleId, "Flood", "").Count(c => c == '\n');
            foreach (var button in new[] { "preview", "preview-live", "publish" })
            {
                var clock = Stopwatch.StartNew();
                var response = await trainer.PostAsync(editor, button, new Dictionary<string, string> { ["Text"] = text });
                var page = await response.Content.ReadAsStringAsync();
                clock.Stop();

                Assert.That(response.StatusCode, Is.EqualTo(button == "publish" ? HttpStatusCode.BadRequest : HttpStatusCode.OK), $"{input.Name}, {button}");
                var problems = Browserless.Parse(page).QuerySelectorAll(".problems li").Select(li => li.TextContent).ToList();
                Assert.That(problems, Has.Some.Contains(input.Refusal).And.Some.Contains($"line {linesBeforeBody + input.Line}:"), $"{input.Name}, {button}: the problem and its line");
                Assert.That(clock.Elapsed, Is.LessThan(Ceiling), $"{input.Name}, {button}");
            }
        }

        Assert.That(node.IsRunning, Is.True, "the process survived");
        using var health = new HttpClient();
        Assert.That((await health.GetAsync($"http://127.0.0.1:{node.Port}/healthz")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await trainer.GetAsync(editor)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the editor opens again on the refused draft");
    }

    [Test]
    public async Task ContentValidateAndImportNameTheFileAndLineOfPathologicalMarkdown()
    {
        using var content = new ContentCopy("safety");
        var flood = PathologicalMarkdown.All().First(c => c.Name.Contains("growing block quotes", StringComparison.Ordinal));
        var module = Path.Combine(content.Root, "safety", "01-strong-passwords.en.md");
        var text = File.ReadAllText(module);
        File.WriteAllText(module, text + "\n" + flood.Body);
        var line = text.Count(c => c == '\n') + 1 + flood.Line;

        foreach (var verb in new[] { "validate", "import" })
        {
            var clock = Stopwatch.StartNew();
            var result = await Cli.RunAsync(_folder, _storage, "content", verb, content.Root);
            Assert.That(result.ExitCode, Is.Not.Zero, verb);
            Assert.That(result.Output + result.Error, Does.Contain($"safety/01-strong-passwords.en.md:{line}: error: block quotes (>) and lists nest 33 deep"), verb);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), verb);
        }
    }
}
