using System.Diagnostics;
using System.Globalization;

namespace Dice.Lms.Load;

/// <summary>
/// Quiz submissions alone, as fast as the server takes them: each learner first starts and answers an attempt in every
/// module (not timed), then all learners post their answers at once (timed); a few rounds of that. Every 302 to a
/// review is acknowledged and appended to --acks. With --server-pid, the server's CPU time during the timed parts is
/// read from /proc, so the CPU per submission does not depend on what else shares the machine.
/// </summary>
public static class Submissions
{
    public static async Task<int> RunAsync(Options options)
    {
        var baseAddress = new Uri(options.Required("base"));
        var emails = File.ReadAllLines(options.Required("users")).Where(l => l.Length > 0).ToArray();
        var password = options.Required("password");
        var concurrency = Math.Min(options.Int("concurrency", 64), emails.Length);
        var rounds = options.Int("rounds", 3);
        var serverPid = options.Optional("server-pid");
        var modules = await Learners.DiscoverModulesAsync(baseAddress, emails[0], password, options.Required("courses").Split(','));
        await using var acks = new StreamWriter(options.Required("acks"), append: true) { AutoFlush = true };
        var ackLock = new Lock();

        var preparing = new Stats();
        var submitting = new Stats();
        var browsers = Enumerable.Range(0, concurrency).Select(_ => new Browser(baseAddress, preparing)).ToArray();
        try
        {
            for (var i = 0; i < concurrency; i++)
            {
                if (!await browsers[i].SignInAsync(emails[i], password, CancellationToken.None))
                {
                    throw new InvalidOperationException($"could not sign in as {emails[i]}");
                }
            }

            Console.Error.WriteLine($"submissions: {concurrency} learners × {modules.Count} modules × {rounds} rounds");
            var timed = TimeSpan.Zero;
            long cpuTicks = 0;
            var submitted = 0;
            for (var round = 0; round < rounds; round++)
            {
                var prepared = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
                {
                    browsers[i].Stats = preparing;
                    var random = new Random(round * 1000 + i);
                    var list = new List<Submission>();
                    foreach (var (course, module) in modules)
                    {
                        if (await Learners.PrepareSubmissionAsync(browsers[i], course, module, random, CancellationToken.None) is { } submission)
                        {
                            list.Add(submission);
                        }
                    }

                    return list;
                })));

                var cpuBefore = CpuTicks(serverPid);
                var watch = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
                {
                    browsers[i].Stats = submitting;
                    foreach (var submission in prepared[i])
                    {
                        if (await Learners.SubmitAsync(browsers[i], submission, CancellationToken.None) is { } review)
                        {
                            lock (ackLock)
                            {
                                acks.WriteLine(review.AttemptId);
                                submitted++;
                            }
                        }
                    }
                })));
                timed += watch.Elapsed;
                cpuTicks += CpuTicks(serverPid) - cpuBefore;
            }

            var cpuMs = cpuTicks * 1000.0 / 100; // USER_HZ: Linux reports /proc times in 1/100 s
            Console.WriteLine(submitting.Report(timed, submitted));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"timed_s={timed.TotalSeconds:F1} submissions={submitted} submissions_per_s={submitted / timed.TotalSeconds:F1}"));
            if (serverPid is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"server_cpu_ms={cpuMs:F0} per_submission_ms={cpuMs / Math.Max(1, submitted):F2} two_cores_would_serve_per_s={2000 * submitted / Math.Max(1, cpuMs):F0}"));
            }

            return preparing.ServerErrors + submitting.ServerErrors == 0 && submitted > 0 ? 0 : 1;
        }
        finally
        {
            foreach (var browser in browsers)
            {
                browser.Dispose();
            }
        }
    }

    private static long CpuTicks(string? pid)
    {
        if (pid is null)
        {
            return 0;
        }

        // Fields 14 and 15 of /proc/PID/stat: user and system time. The name (field 2) may hold spaces, so count after ')'.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
