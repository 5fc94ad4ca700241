using System.Net;
using System.Text.Json.Nodes;
using Dice.Lms.Domain.Privacy;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Privacy;
using Dice.Lms.Infrastructure.Xapi;
using Dice.Lms.Web.CommandLine;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// xAPI statements sent to a real learning record store (Learning Locker's statement service on 127.0.0.1): what a
/// learner does arrives once, well-formed, and a store that is down or dies half-way loses and duplicates nothing.
/// </summary>
[Category(Needs.Process)]
public sealed class XapiTests
{
    private const string Course = "safety";
    private const string Module = "strong-passwords";

    private LearningRecordStore _store = null!;
    private LmsWebFactory _factory = null!;

    [SetUp]
    public async Task Start()
    {
        _store = new LearningRecordStore();
        await _store.StartAsync();
        _factory = SiteFor(_store);
    }

    [TearDown]
    public void Stop()
    {
        _factory.Dispose();
        _store.Dispose();
    }

    [Test]
    public async Task CompletingAModuleAndPassingItsQuizPutTheRightStatementsInTheStoreOnceEach()
    {
        var (learnerId, client) = await LearnerAsync("xapi@example.org");

        await CompleteModuleAsync(client, Module);
        var attempt = await StartQuizAsync(client);
        var submit = await QuizAnswers.PostAsync(client, attempt, QuizAnswers.Correct(await _factory.Services.QuizOfAsync(Module), "submit"));
        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var first = await RunAsync("xapi", "drain");
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        Assert.That(first.Output, Does.Contain("sent 2 statement(s); 0 failed this time, 0 waiting"));
        var again = await RunAsync("xapi", "drain");
        Assert.That(again.Output, Does.Contain("sent 0 statement(s)"));

        var statements = await _store.StatementsAsync();
        Assert.That(statements, Has.Count.EqualTo(2));
        Assert.That(statements.Select(s => (string?)s["id"]), Is.EquivalentTo(await QueuedIdsAsync()));
        foreach (var statement in statements)
        {
            Assert.That((string?)statement["actor"]!["account"]!["homePage"], Is.EqualTo("http://lms.test"));
            Assert.That((string?)statement["actor"]!["account"]!["name"], Is.EqualTo(learnerId));
            Assert.That(statement["actor"]!["mbox"], Is.Null);
            Assert.That(statement.ToJsonString(), Does.Not.Contain("xapi@example.org"), "no e-mail address");
            Assert.That((string?)statement["object"]!["definition"]!["name"]!["mn"], Is.Not.Empty);
            Assert.That((string?)statement["object"]!["definition"]!["name"]!["en"], Is.Not.Empty);
            Assert.That((string?)statement["context"]!["contextActivities"]!["parent"]![0]!["id"], Is.EqualTo("http://lms.test/courses/safety"));
        }

        var completed = statements.Single(s => (string?)s["verb"]!["id"] == XapiStatements.Completed);
        Assert.That((string?)completed["object"]!["id"], Is.EqualTo($"http://lms.test/courses/{Course}/modules/{Module}"));
        Assert.That((string?)completed["object"]!["definition"]!["type"], Is.EqualTo(XapiStatements.ModuleType));
        Assert.That((bool?)completed["result"]!["completion"], Is.True);
        Assert.That(completed["result"]!["success"], Is.Null);

        var passed = statements.Single(s => (string?)s["verb"]!["id"] == XapiStatements.Passed);
        Assert.That((string?)passed["object"]!["definition"]!["type"], Is.EqualTo(XapiStatements.AssessmentType));
        var result = passed["result"]!;
        Assert.That((bool?)result["success"], Is.True);
        Assert.That(result["completion"], Is.Null, "cmi5: no completion on passed or failed");
        Assert.That(((double?)result["score"]!["scaled"], (double?)result["score"]!["raw"], (double?)result["score"]!["min"], (double?)result["score"]!["max"]),
            Is.EqualTo(((double?)1.0, (double?)100.0, (double?)0.0, (double?)100.0)));
    }

    [Test]
    public async Task PassingTheLastQuizCompletesTheCourseOnce()
    {
        var (learnerId, client) = await LearnerAsync("course@example.org");
        // Everything but the module of the quiz done already, straight in the database (no statements for those).
        await _factory.Services.CompleteCourseAsync(learnerId, Course, skipModules: Module);

        await CompleteModuleAsync(client, Module);
        Assert.That(await QueuedKeysAsync(), Has.None.StartsWith("course-completed:"), "the quiz is still to pass");
        var attempt = await StartQuizAsync(client);
        await QuizAnswers.PostAsync(client, attempt, QuizAnswers.Correct(await _factory.Services.QuizOfAsync(Module), "submit"));
        var again = await StartQuizAsync(client);
        await QuizAnswers.PostAsync(client, again, QuizAnswers.Correct(await _factory.Services.QuizOfAsync(Module), "submit"));

        Assert.That((await RunAsync("xapi", "drain")).ExitCode, Is.EqualTo(0));
        var statements = await _store.StatementsAsync();
        var course = statements.Where(s => (string?)s["object"]!["id"] == $"http://lms.test/courses/{Course}").ToList();
        Assert.That(course, Has.Count.EqualTo(1), "completed once, though passed twice");
        Assert.That((string?)course[0]["verb"]!["id"], Is.EqualTo(XapiStatements.Completed));
        Assert.That((string?)course[0]["object"]!["definition"]!["type"], Is.EqualTo(XapiStatements.CourseType));
        Assert.That((bool?)course[0]["result"]!["completion"], Is.True);
        Assert.That(statements.Count(s => (string?)s["verb"]!["id"] == XapiStatements.Passed), Is.EqualTo(2));
    }

    [Test]
    public async Task AFailedQuizIsRecordedAsFailedWithItsScore()
    {
        var (_, client) = await LearnerAsync("fails@example.org");
        var attempt = await StartQuizAsync(client);
        var submit = await QuizAnswers.PostAsync(client, attempt, [new("action", "submit")]);
        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        Assert.That((await RunAsync("xapi", "drain")).ExitCode, Is.EqualTo(0));

        var failed = (await _store.StatementsAsync()).Single();
        Assert.That((string?)failed["verb"]!["id"], Is.EqualTo(XapiStatements.Failed));
        Assert.That((bool?)failed["result"]!["success"], Is.False);
        Assert.That((double?)failed["result"]!["score"]!["scaled"], Is.EqualTo(0.0));
        Assert.That(failed["result"]!["completion"], Is.Null);
    }

    [Test]
    public async Task AStoreThatIsDownDelaysAndOneThatDiesHalfWayLosesAndDuplicatesNothing()
    {
        var (_, client) = await LearnerAsync("crash@example.org");
        var modules = await ModulesAsync();
        foreach (var module in modules)
        {
            await CompleteModuleAsync(client, module);
        }

        var queued = await QueuedIdsAsync();
        Assert.That(queued, Has.Count.EqualTo(modules.Count));

        // Dies half-way: the store is killed right after it has taken its second statement.
        var received = new List<string>();
        using (var dying = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient(XapiDeliveryJob.HttpClientName).AddHttpMessageHandler(() => new KillAfter(2, _store, received)))))
        {
            await using var scope = dying.Services.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<XapiDeliveryJob>().DrainAsync(CancellationToken.None);
            Assert.That((run.Sent, run.Failed, run.Waiting), Is.EqualTo((2, 1, modules.Count - 2)));
        }

        Assert.That(received, Has.Count.EqualTo(2));

        // Down: nothing sent and nothing lost; the verb says so and fails.
        var down = await RunAsync("xapi", "drain");
        Assert.That(down.ExitCode, Is.EqualTo(1));
        Assert.That(down.Output, Does.Contain($"sent 0 statement(s); 1 failed this time, {modules.Count - 2} waiting"));

        // Back (empty, as a new store): the job sends what has not failed yet, the failed one waits for its pause, and
        // the verb sends that one too.
        using var back = new LearningRecordStore(_store.Port);
        await back.StartAsync();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<XapiDeliveryJob>().RunAsync(CancellationToken.None);
            Assert.That((run.Sent, run.Waiting), Is.EqualTo((modules.Count - 3, 1)), "the pause after a failure");
        }

        var rest = await RunAsync("xapi", "drain");
        Assert.That(rest.Output, Does.Contain("sent 1 statement(s); 0 failed this time, 0 waiting"));
        var after = (await back.StatementsAsync()).Select(s => (string)s["id"]!).ToList();
        Assert.That(after, Is.Unique);
        Assert.That(after.Intersect(received), Is.Empty, "nothing the first store took is sent again");
        Assert.That(received.Concat(after), Is.EquivalentTo(queued), "every statement reached a store");
    }

    [Test]
    public async Task ErasingALearnerRemovesTheirQueuedStatements()
    {
        var (learnerId, client) = await LearnerAsync("erase@example.org");
        await CompleteModuleAsync(client, Module);
        Assert.That(await QueuedIdsAsync(), Has.Count.EqualTo(1));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var request = new ErasureRequest(learnerId, DateTime.UtcNow);
            db.ErasureRequests.Add(request);
            await db.SaveChangesAsync();
            Assert.That(await scope.ServiceProvider.GetRequiredService<PersonalData>().EraseAsync(request.Id, "staff-test"), Is.True);
        }

        Assert.That(await QueuedIdsAsync(), Is.Empty);
        Assert.That((await RunAsync("xapi", "drain")).Output, Does.Contain("sent 0 statement(s)"));
        Assert.That(await _store.StatementsAsync(), Is.Empty);
    }

    [Test]
    public async Task WithoutAnEndpointNothingIsQueued()
    {
        using var site = new LmsWebFactory(new Dictionary<string, string?> { ["Lms:Content:ImportOnStart"] = "true", ["Lms:Content:Path"] = Path.Combine(Repository.Root, "content") });
        var email = "quiet@example.org";
        await site.CreateUserAsync(email, Roles.Learner);
        var client = await site.SignedInClientAsync(email);
        Assert.That((await client.SubmitFormAsync($"/courses/{Course}", $"/courses/{Course}/enrol", new Dictionary<string, string>())).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await client.SubmitFormAsync($"/courses/{Course}/modules/{Module}", $"/courses/{Course}/modules/{Module}/complete", new Dictionary<string, string>())).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await using var scope = site.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().XapiStatements.CountAsync(), Is.EqualTo(0));
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.That(await LmsCommands.RunAsync(site.Services, ["xapi", "drain"], output, error), Is.EqualTo(1));
        Assert.That(error.ToString(), Does.Contain("Lms:Xapi:Endpoint"));
    }

    [TestCase("Lms:Xapi:Version", "1.0.0")]
    [TestCase("Lms:Xapi:Endpoint", "lrs.example.org/xapi")]
    public void ABadSettingStopsStartUpNamingTheKey(string key, string value)
    {
        using var site = new LmsWebFactory(new Dictionary<string, string?> { ["Lms:Xapi:Endpoint"] = _store.Endpoint, [key] = value });

        var error = Assert.Catch(() => site.CreateClient());

        Assert.That(error!.ToString(), Does.Contain(key + " must"));
    }

    private static LmsWebFactory SiteFor(LearningRecordStore store) => new(new Dictionary<string, string?>
    {
        ["Lms:Content:ImportOnStart"] = "true",
        ["Lms:Content:Path"] = Path.Combine(Repository.Root, "content"),
        ["Lms:Xapi:Endpoint"] = store.Endpoint,
        ["Lms:Xapi:Username"] = "dice",
        ["Lms:Xapi:Password"] = "secret",
        // The tests send by hand; a minutely run in between would make the counts a race.
        ["Lms:Jobs:RunServer"] = "false",
    });

    private async Task<(string Id, HttpClient Client)> LearnerAsync(string email)
    {
        var id = (await _factory.CreateUserAsync(email, Roles.Learner)).User!.Id;
        var client = await _factory.SignedInClientAsync(email);
        var enrol = await client.SubmitFormAsync($"/courses/{Course}", $"/courses/{Course}/enrol", new Dictionary<string, string>());
        Assert.That(enrol.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return (id, client);
    }

    private static async Task CompleteModuleAsync(HttpClient client, string module)
    {
        var complete = await client.SubmitFormAsync($"/courses/{Course}/modules/{module}", $"/courses/{Course}/modules/{module}/complete", new Dictionary<string, string>());
        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    private static async Task<string> StartQuizAsync(HttpClient client)
    {
        var quiz = $"/courses/{Course}/modules/{Module}/quiz";
        var start = await client.SubmitFormAsync(quiz, quiz + "/start", new Dictionary<string, string>());
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await start.Content.ReadAsStringAsync());
        return start.Headers.Location!.OriginalString;
    }

    private async Task<List<string>> ModulesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Modules
            .Where(m => m.CourseId == Course && m.ArchivedAt == null).OrderBy(m => m.Position).Select(m => m.Id).ToListAsync();
    }

    private async Task<List<string>> QueuedKeysAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LmsDbContext>().XapiStatements.Select(s => s.Key).ToListAsync();
    }

    private async Task<List<string>> QueuedIdsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<LmsDbContext>().XapiStatements.Select(s => s.StatementId).ToListAsync();
        return [.. ids.Select(id => id.ToString())];
    }

    private async Task<Cli.Result> RunAsync(params string[] verb)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await LmsCommands.RunAsync(_factory.Services, verb, output, error);
        return new Cli.Result(exit, output.ToString(), error.ToString());
    }

    /// <summary>Passes requests to the real store and kills it right after it has answered the <c>n</c>-th one.</summary>
    private sealed class KillAfter(int n, LearningRecordStore store, List<string> received) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (received.Count < n && response.IsSuccessStatusCode)
            {
                received.Add(System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["statementId"]!);
                if (received.Count == n)
                {
                    Assert.That((await store.StatementsAsync()).Select(s => (string?)s["id"]), Is.EquivalentTo(received), "the store holds what it answered");
                    store.Kill();
                }
            }

            return response;
        }
    }
}
