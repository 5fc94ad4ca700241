using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Dice.Lms.Web.Tests.Authoring;
using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests.Nodes;

/// <summary>
/// Two web nodes (real processes, Production) sharing one PostgreSQL database behind Debian's nginx with the configuration of
/// docs/deployment.md: TLS at nginx, round robin, no sticky sessions. Each test's clients connect from their own
/// loopback address, so nginx's access log tells their requests apart and shows which node answered each.
/// </summary>
[NonParallelizable]
[Category(Needs.Process)]
public sealed class NginxTwoNodesTests
{
    private const string Password = "two nodes one database";
    private const string Lesson = "/courses/safety/modules/strong-passwords";
    private const string Quiz = Lesson + "/quiz";

    private readonly List<SiteNode> _nodes = [];
    private string _folder = "";
    private Nginx _nginx = null!;
    private TestDatabase _database = null!;

    /// <summary>
    /// Where the nodes keep their shared data, as docs/deployment.md has it for several nodes: one PostgreSQL database
    /// (scripts/with-postgres.sh's throw-away server) for the site and for Hangfire's queues.
    /// </summary>
    private Dictionary<string, string> SharedStorage() => new()
    {
        ["Lms:Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Lms"] = _database.ConnectionString,
        ["Lms:Jobs:Storage"] = "PostgreSql",
    };

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dice-lms-nodes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _database = TestDatabase.Create(TestProvider.PostgreSql);
        var storage = SharedStorage();
        var verbs = storage.ToDictionary(p => p.Key, p => (string?)p.Value);
        await VerbAsync(verbs, "content", "import", Path.Combine(Repository.Root, "content"));
        foreach (var (email, role) in new[] { ("alternate", "learner"), ("password", "learner"), ("reader", "learner"), ("guesser", "learner"), ("patient", "learner"), ("survivor", "learner"), ("editor", "staff") })
        {
            await VerbAsync(verbs, "users", "create", "--email", $"{email}@nodes.test", "--name", email, "--role", role, "--password", Password);
        }

        var settings = new Dictionary<string, string>(storage)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Lms:PublicBaseUrl"] = $"https://{Nginx.HostName}",
            // nginx reaches the nodes from 127.0.0.1: that, and only that, is the known proxy.
            ["Lms:Proxy:KnownProxies"] = "127.0.0.1",
            ["Lms:Content:ImportOnStart"] = "false",
            ["Lms:Email:PickupDirectory"] = Path.Combine(_folder, "mail"),
            // The same on every node, as docs/deployment.md asks.
            ["Lms:Certificates:CodeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Lms:Security:AccountPostsPerMinute"] = "4",
        };
        // One after the other, as an upgrade does: the first applies the migrations.
        _nodes.Add(await SiteNode.StartAsync("node-a", _folder, settings));
        _nodes.Add(await SiteNode.StartAsync("node-b", _folder, settings));
        _nginx = await Nginx.StartAsync(_folder, [.. _nodes.Select(n => n.Port)]);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        try
        {
            if (_nginx is not null)
            {
                await _nginx.DisposeAsync();
            }
        }
        finally
        {
            foreach (var node in _nodes)
            {
                await node.DisposeAsync();
            }

            _database?.Dispose();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temporary-file cleaning.
        }
    }

    [Test]
    public async Task ALearnersRequestsAlternateBetweenTheNodesAndFormsAndNoticesSurvive()
    {
        using var learner = Visitor.From(_nginx.HttpsBase, "127.0.0.20");

        var signIn = await learner.Client.GetAsync("/account/sign-in");
        Assert.That(signIn.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : null, Does.StartWith("max-age="));
        await SignInAsync(learner.Client, "alternate@nodes.test");
        var enrol = await learner.Client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        Assert.That(enrol.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var enrolled = await learner.Client.GetPageAsync(enrol.Headers.Location!.OriginalString);
        Assert.That(enrolled.QuerySelector(".notice")?.TextContent, Does.Contain("хамрагдлаа"), "TempData written by one node, read by the other");

        var start = await learner.Client.SubmitFormAsync(Quiz, Quiz + "/start", new Dictionary<string, string>());
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var attempt = start.Headers.Location!.OriginalString;
        var saved = await learner.Client.SubmitFormAsync(attempt, attempt, new Dictionary<string, string> { ["action"] = "save" });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the quiz form of one node posted to the other, antiforgery token included");
        var afterSave = await learner.Client.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.That(afterSave.QuerySelector(".notice")?.TextContent, Does.Contain("Хариултуудыг хадгаллаа"));
        var submitted = await learner.Client.SubmitFormAsync(attempt, attempt, new Dictionary<string, string> { ["action"] = "submit" });
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(submitted.Headers.Location!.OriginalString, Does.Contain("/review"));
        await learner.Client.GetPageAsync(submitted.Headers.Location!.OriginalString);

        var requests = _nginx.Requests().Where(r => r.Client == "127.0.0.20").ToList();
        var nodes = requests.Select(r => r.Upstream).ToList();
        Assert.That(nodes.Distinct().Count(), Is.EqualTo(2), string.Join("\n", requests));
        Assert.That(nodes.Zip(nodes.Skip(1)).All(p => p.First != p.Second), Is.True, "round robin: each request on the other node\n" + string.Join("\n", requests));
        Assert.That(requests.Where(r => r.Method == "POST").Select(r => r.Status), Has.All.EqualTo(302), "every post accepted");
        Assert.That(learner.SetCookies, Is.Not.Empty);
        foreach (var cookie in learner.SetCookies)
        {
            Assert.That(cookie.ToLowerInvariant(), Does.Contain("; secure").And.Contain("; httponly"), cookie);
        }
    }

    [Test]
    public async Task APasswordChangedThroughOneNodeEndsTheSessionOnTheOtherWithinThirtySeconds()
    {
        using var phone = Visitor.From(_nginx.HttpsBase, "127.0.0.21");
        using var laptop = Visitor.From(_nginx.HttpsBase, "127.0.0.22");
        await SignInAsync(phone.Client, "password@nodes.test");
        await SignInAsync(laptop.Client, "password@nodes.test");
        // Both nodes have now read (and keep) the account's current stamp.
        for (var i = 0; i < 2; i++)
        {
            Assert.That((await laptop.Client.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // The laptop's cookie replayed as it is (a browser would drop it at the first refusal; a copied cookie is not
        // dropped), so each node's own answer is seen.
        using var copied = Visitor.From(_nginx.HttpsBase, "127.0.0.22", () => [new("Cookie", laptop.CookieHeader)]);
        var changed = await phone.Client.SubmitFormAsync("/account/password", "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = Password, ["NewPassword"] = "another passphrase for two nodes" });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var since = Stopwatch.StartNew();
        await StaysSignedInAsync(phone.Client, "at once");

        // Refused by both nodes: two requests in a row (one per node) sent to the sign-in page.
        var refusedInARow = 0;
        while (refusedInARow < 2 && since.Elapsed < TimeSpan.FromSeconds(45))
        {
            var response = await copied.Client.GetAsync("/my/levels");
            refusedInARow = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/account/sign-in" ? refusedInARow + 1 : 0;
            await Task.Delay(refusedInARow == 0 ? 250 : 0);
        }

        Assert.That(refusedInARow, Is.EqualTo(2), "the other session ends on both nodes");
        Assert.That(since.Elapsed, Is.LessThan(TimeSpan.FromSeconds(32)), "within the 30 seconds of docs/deployment.md");
        await StaysSignedInAsync(phone.Client, "later");
    }

    /// <summary>The device that changed the password stays signed in on both nodes.</summary>
    private static async Task StaysSignedInAsync(HttpClient client, string when)
    {
        for (var i = 0; i < 2; i++)
        {
            Assert.That((await client.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{when}, request {i + 1}");
        }
    }

    [Test]
    public async Task AModulePublishedThroughOneNodeIsReadOnTheOtherWithinThirtySeconds()
    {
        using var editor = Visitor.From(_nginx.HttpsBase, "127.0.0.23");
        using var reader = Visitor.From(_nginx.HttpsBase, "127.0.0.24");
        await SignInAsync(editor.Client, "editor@nodes.test");
        await SignInAsync(reader.Client, "reader@nodes.test");
        Assert.That((await reader.Client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>())).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        for (var i = 0; i < 2; i++)
        {
            await reader.Client.GetPageAsync(Lesson);
        }

        var marker = $"Published through one node {Guid.NewGuid():N}";
        const string editorUrl = "/authoring/courses/safety/modules/strong-passwords";
        var text = Editor.Fields(await editor.Client.FormAsync(editorUrl))["Text"];
        var published = await editor.Client.PostAsync(editorUrl, "publish", new Dictionary<string, string> { ["Text"] = text + "\n\n" + marker + "\n" });
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await published.Content.ReadAsStringAsync());
        var since = Stopwatch.StartNew();

        var newInARow = 0;
        while (newInARow < 2 && since.Elapsed < TimeSpan.FromSeconds(45))
        {
            var page = await reader.Client.GetPageAsync(Lesson);
            newInARow = page.QuerySelector(".lesson")?.TextContent.Contains(marker, StringComparison.Ordinal) == true ? newInARow + 1 : 0;
            await Task.Delay(newInARow == 0 ? 250 : 0);
        }

        Assert.That(newInARow, Is.EqualTo(2), "both nodes show the new version");
        Assert.That(since.Elapsed, Is.LessThan(TimeSpan.FromSeconds(32)), "within the 30 seconds of docs/deployment.md");
    }

    [Test]
    public async Task ThroughNginxAClientAtItsLimitLeavesTheOthersSigningIn()
    {
        using var guesser = Visitor.From(_nginx.HttpsBase, "127.0.0.25");
        using var patient = Visitor.From(_nginx.HttpsBase, "127.0.0.26");

        // Each node counts on its own (4 a minute here): round robin lets a client at most twice that.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            statuses.Add((await guesser.Client.SubmitFormAsync("/account/sign-in", "/account/sign-in",
                new Dictionary<string, string> { ["Email"] = "guesser@nodes.test", ["Password"] = $"wrong guess {i}" })).StatusCode);
        }

        Assert.That(statuses, Does.Contain(HttpStatusCode.TooManyRequests), string.Join(", ", statuses));
        Assert.That(statuses.Count, Is.LessThanOrEqualTo(9));
        await SignInAsync(patient.Client, "patient@nodes.test");
    }

    [Test]
    public async Task PlainHttpAtNginxIsSentToHttps()
    {
        using var visitor = Visitor.From(new Uri($"http://{Nginx.HostName}:{_nginx.HttpPort}/"), "127.0.0.27");

        var response = await visitor.Client.GetAsync("/courses?area=safety");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(response.Headers.Location?.ToString(), Does.StartWith($"https://{Nginx.HostName}").And.EndWith("/courses?area=safety"));
    }

    [Test]
    public async Task ANodeReachedAroundNginxSendsToHttpsWhateverTheHeadersClaim()
    {
        using var around = Visitor.From(new Uri($"http://127.0.0.1:{_nodes[0].Port}/"), "127.0.0.28",
            () => [new("X-Forwarded-Proto", "https"), new("X-Forwarded-For", "203.0.113.99")]);

        var response = await around.Client.GetAsync("/courses?area=safety");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
        Assert.That(response.Headers.Location, Is.EqualTo(new Uri($"https://{Nginx.HostName}/courses?area=safety")));
        Assert.That((await around.Client.GetAsync("/healthz")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the health check is answered on plain HTTP");
    }

    [Test]
    public async Task AKilledNodeLeavesTheOtherServingAndServesAgainOnceRestarted()
    {
        const string client = "127.0.0.29";
        using var learner = Visitor.From(_nginx.HttpsBase, client);
        await SignInAsync(learner.Client, "survivor@nodes.test");
        Assert.That((await learner.Client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>())).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var killed = _nodes[1];
        try
        {
            await killed.KillAsync();
            var afterKill = _nginx.Requests().Count;

            for (var i = 0; i < 4; i++)
            {
                await learner.Client.GetPageAsync(Lesson);
            }

            var start = await learner.Client.SubmitFormAsync(Quiz, Quiz + "/start", new Dictionary<string, string>());
            Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            var attempt = start.Headers.Location!.OriginalString;
            var submitted = await learner.Client.SubmitFormAsync(attempt, attempt, new Dictionary<string, string> { ["action"] = "submit" });
            Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the quiz submitted through the node still running");
            await learner.Client.GetPageAsync(submitted.Headers.Location!.OriginalString);
            var served = _nginx.Requests().Skip(afterKill).Where(r => r.Client == client).ToList();
            Assert.That(served.Select(r => r.Status), Has.All.LessThan(500), string.Join("\n", served));

            // Restarted on the same port: nginx sends it requests again once its fail_timeout (10 s) has passed.
            await killed.RestartAsync();
            var since = Stopwatch.StartNew();
            var backOn = $"127.0.0.1:{killed.Port}";
            var before = _nginx.Requests().Count;
            while (since.Elapsed < TimeSpan.FromSeconds(30)
                && !_nginx.Requests().Skip(before).Any(r => r.Client == client && r.Upstream == backOn && r.Status == 200))
            {
                await learner.Client.GetPageAsync(Lesson);
                await Task.Delay(250);
            }

            Assert.That(_nginx.Requests().Skip(before).Any(r => r.Client == client && r.Upstream == backOn && r.Status == 200), Is.True,
                "the restarted node serves again, and the session it never saw is valid there");
        }
        finally
        {
            if (!killed.IsRunning)
            {
                await killed.RestartAsync();
            }
        }
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var response = await client.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
    }

    private async Task VerbAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var result = await Cli.RunAsync(_folder, settings, args);
        Assert.That(result.ExitCode, Is.Zero, $"{string.Join(' ', args)}: {result.Error}");
    }
}
