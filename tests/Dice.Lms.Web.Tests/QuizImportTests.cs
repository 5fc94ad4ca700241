using System.Net;
using System.Text.Json;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests;

public sealed class QuizImportTests
{
    private static readonly string Fixtures = Path.Combine(Repository.Root, "tests", "fixtures", "moodle");
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start()
    {
        Assert.That(Directory.Exists(Fixtures), Is.True, $"the Moodle fixtures are missing: {Fixtures}");
        _factory = new LmsWebFactory();
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task ATrainerGetsTheQuizBlockAndEachErrorWithItsLine()
    {
        var trainer = await _factory.ClientForRoleAsync(Roles.Trainer);
        var response = await trainer.SubmitFormAsync("/authoring/quiz-import", "/authoring/quiz-import", new Dictionary<string, string>
        {
            ["format"] = "aiken",
            ["source"] = await File.ReadAllTextAsync(Path.Combine(Fixtures, "aiken_errors.txt")),
        });
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(page.QuerySelector("#quiz-block")?.TextContent, Does.StartWith("```quiz").And.Contain("## A good question"));
        Assert.That(page.QuerySelectorAll(".form-errors li").Select(li => li.TextContent.Split(':')[0]), Is.EqualTo(new[] { "3-р мөр", "5-р мөр", "7-р мөр", "18-р мөр" }), "the line in the page's language");
        Assert.That(page.QuerySelectorAll(".form-errors li")[0].TextContent, Is.EqualTo("3-р мөр: асуултад дор хаяж 2 хариулт байх ёстой: A question with too few answers"), "and the problem too");
    }

    [Test]
    public async Task ALearnerCannotUseTheConverterPage()
    {
        var learner = await _factory.ClientForRoleAsync(Roles.Learner);

        var response = await learner.GetAsync("/authoring/quiz-import");

        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"));
    }

    [Category(Needs.Process)]
    [Test]
    public async Task TheCommandLineConvertsGiftToJsonInTheContractShape()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dice-quiz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var result = await Cli.RunAsync(folder, "quiz", "convert", Path.Combine(Fixtures, "questions.gift.txt"), "--from", "gift", "--to", "json");

            Assert.That(result.ExitCode, Is.EqualTo(1), "the essay question is an error");
            Assert.That(result.Error, Does.Match(@"questions\.gift\.txt:\d+: "));
            using var json = JsonDocument.Parse(result.Output);
            var types = json.RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("type").GetString()).ToList();
            Assert.That(types, Is.SupersetOf(new[] { "matching", "single", "multiple", "numerical", "shortanswer", "truefalse" }));
            var first = json.RootElement.GetProperty("questions")[0];
            Assert.That(first.GetProperty("line").GetInt32(), Is.GreaterThan(0));
            Assert.That(first.GetProperty("answers")[0].TryGetProperty("correct", out _), Is.True);
            Assert.That(json.RootElement.GetProperty("errors").GetArrayLength(), Is.EqualTo(1));

            var markdown = await Cli.RunAsync(folder, "quiz", "convert", Path.Combine(Fixtures, "questions.aiken.txt"), "--from", "aiken");
            Assert.That(markdown.ExitCode, Is.EqualTo(0), markdown.Error);
            Assert.That(markdown.Output, Does.StartWith("```quiz"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
