using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dice.Lms.Domain.Email;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Jobs;
using Dice.Lms.Web.Tests.Support;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Tests.Nodes;

/// <summary>
/// Two web nodes (real processes, Production) on one PostgreSQL database with Hangfire's queues in it
/// (Lms:Jobs:Storage=PostgreSql), e-mail to a real SMTP server (aiosmtpd). For one due time, each recurring job is
/// started several times at once, as Hangfire's dashboard "Trigger now" does, so both nodes' workers run it side by side;
/// the database and the SMTP server must show each piece of work once.
/// </summary>
[NonParallelizable]
[Category(Needs.Process)]
public sealed class RecurringJobsOnTwoNodesTests
{
    private const int Learners = 40;
    private const int CopiesPerJob = 6;

    private readonly List<SiteNode> _nodes = [];
    private string _folder = "";
    private TestDatabase _database = null!;
    private SmtpServer _smtp = null!;
    private JobStorage _jobs = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dice-lms-nodes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _database = TestDatabase.Create(TestProvider.PostgreSql);
        _smtp = new SmtpServer();
        var storage = new Dictionary<string, string>
        {
            ["Lms:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Lms"] = _database.ConnectionString,
            ["Lms:Jobs:Storage"] = "PostgreSql",
        };
        var verbs = storage.ToDictionary(p => p.Key, p => (string?)p.Value);
        await VerbAsync(verbs, "content", "import", Path.Combine(Repository.Root, "content"));
        // A cohort ending in a week: each of its learners is due the "cohort ends in a week" reminder today.
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await VerbAsync(verbs, "cohorts", "create", "--name", "Twice", "--end", end, "--course", "safety");
        var csv = new StringBuilder("email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving\n");
        for (var i = 1; i <= Learners; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"learner{i}@jobs.test,Learner {i},NGO {i % 3},{(i % 2 == 0 ? "Ulaanbaatar" : "Darkhan")},beginner,intermediate,beginner,none,beginner,advanced\n");
        }

        var file = Path.Combine(_folder, "baseline.csv");
        await File.WriteAllTextAsync(file, csv.ToString());
        await VerbAsync(verbs, "baseline", "import", file, "--cohort", "Twice");

        var settings = new Dictionary<string, string>(storage)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Lms:PublicBaseUrl"] = "https://lms.example.mn",
            ["Lms:Content:ImportOnStart"] = "false",
            ["Lms:Certificates:CodeKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // Small batches: the delivery runs of both nodes take turns claiming the same outbox.
            ["Lms:Email:BatchSize"] = "3",
        };
        foreach (var (key, value) in _smtp.Settings())
        {
            settings[key] = value!;
        }

        _nodes.Add(await SiteNode.StartAsync("node-a", _folder, settings));
        _nodes.Add(await SiteNode.StartAsync("node-b", _folder, settings));
        _jobs = new PostgreSqlStorage(new NpgsqlConnectionFactory(_database.ConnectionString, new PostgreSqlStorageOptions()),
            new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = false });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        _smtp?.Dispose();
        _database?.Dispose();
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
    public async Task EachRecurringJobStartedOnBothNodesAtOnceDoesItsWorkOnce()
    {
        // The day's reminders and snapshot, several runs of each at the same moment.
        var servers = await TriggerAndWaitAsync(RecurringJobs.Reminders, RecurringJobs.Proficiency);
        using (var db = _database.NewContext())
        {
            var notices = await db.ReminderNotices.AsNoTracking().ToListAsync();
            var perLearnerAndRule = notices.GroupBy(n => (n.UserId, n.CourseId, n.Rule)).ToList();
            Assert.That(perLearnerAndRule, Has.Count.GreaterThanOrEqualTo(Learners), "each learner is due at least one reminder");
            Assert.That(perLearnerAndRule.Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "one reminder per learner and rule");

            var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == "Twice");
            var snapshots = await db.ProficiencySnapshots.AsNoTracking().Where(s => s.CohortId == cohort.Id).ToListAsync();
            Assert.That(snapshots.Select(s => s.Date).Distinct().Count(), Is.EqualTo(1), "one day's snapshot");
            Assert.That(snapshots.GroupBy(s => (s.Location, s.AreaId, s.Competence, s.Level)).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty,
                "one snapshot per cohort and day");
            foreach (var area in snapshots.Where(s => s.Location == "" && s.Competence == ProficiencySnapshot.AreaRow).GroupBy(s => s.AreaId))
            {
                Assert.That(area.Sum(s => s.Baseline), Is.EqualTo(Learners), $"area {area.Key}: each learner counted once");
            }
        }

        // Delivery: several runs at once, each claiming three e-mails at a time, against the real SMTP server.
        servers.UnionWith(await TriggerAndWaitAsync(RecurringJobs.EmailDelivery));
        await WaitAsync(async () =>
        {
            using var db = _database.NewContext();
            return !await db.OutboxEmails.AnyAsync(e => e.Status == OutboxStatus.Pending);
        }, "every e-mail sent");

        using (var db = _database.NewContext())
        {
            var outbox = await db.OutboxEmails.AsNoTracking().ToListAsync();
            var reminders = outbox.Where(e => e.Kind == "reminder").ToList();
            Assert.That(reminders, Has.Count.EqualTo(await db.ReminderNotices.CountAsync(n => !n.WaitsForDigest)), "one e-mail per reminder");
            Assert.That(outbox.Select(e => e.Status), Has.All.EqualTo(OutboxStatus.Sent));
            var received = _smtp.Received().Select(m => m.MessageId).ToList();
            Assert.That(received.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "no e-mail delivered twice");
            Assert.That(received, Is.EquivalentTo(outbox.Select(e => e.MessageId)), "every e-mail of the outbox received, once");
        }

        // Which node wins each run is the queue's choice (one may take them all on a loaded machine); what matters is
        // that both were serving the queue while the runs raced, so each could have taken any of them.
        Assert.That(servers, Is.SubsetOf(_nodes.Select(n => n.ProcessId)).And.Not.Empty);
        Assert.That(_jobs.GetMonitoringApi().Servers().Select(s => int.Parse(s.Name.Split(':')[1], CultureInfo.InvariantCulture)).Distinct(),
            Is.EquivalentTo(_nodes.Select(n => n.ProcessId)), "both nodes' job servers were serving the queue");
    }

    /// <summary>
    /// Triggers each recurring job <see cref="CopiesPerJob"/> times at once and waits until every run has succeeded;
    /// returns the process ids of the nodes whose Hangfire servers ran them.
    /// </summary>
    private async Task<HashSet<int>> TriggerAndWaitAsync(params string[] recurringJobs)
    {
        // Hangfire logs through one process-wide provider, which the last in-process test site set to its own logger
        // factory and disposed when it stopped: this test's client logs nowhere instead.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(new NoHangfireLog());
        var manager = new RecurringJobManager(_jobs);
        var ids = recurringJobs.SelectMany(job => Enumerable.Range(0, CopiesPerJob).Select(_ => job)).ToList()
            .Select(job => manager.TriggerJob(job))
            .ToList();
        var monitoring = _jobs.GetMonitoringApi();
        await WaitAsync(() => Task.FromResult(ids.All(id => monitoring.JobDetails(id).History.FirstOrDefault()?.StateName is "Succeeded" or "Failed")),
            "every triggered run finished");
        var servers = new HashSet<int>();
        foreach (var id in ids)
        {
            var history = monitoring.JobDetails(id).History;
            Assert.That(history[0].StateName, Is.EqualTo("Succeeded"), $"job {id}: {history[0].Reason} {string.Join(' ', history[0].Data.Values)}");
            // Hangfire's server ids are "host:process id:guid".
            servers.Add(int.Parse(history.First(h => h.StateName == "Processing").Data["ServerId"].Split(':')[1], CultureInfo.InvariantCulture));
        }

        return servers;
    }

    private static async Task WaitAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await done())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"not within 90 s: {what}");
            await Task.Delay(250);
        }
    }

    private async Task VerbAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var result = await Cli.RunAsync(_folder, settings, args);
        Assert.That(result.ExitCode, Is.Zero, $"{string.Join(' ', args)}: {result.Error}");
    }

    private sealed class NoHangfireLog : Hangfire.Logging.ILogProvider, Hangfire.Logging.ILog
    {
        public Hangfire.Logging.ILog GetLogger(string name) => this;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
