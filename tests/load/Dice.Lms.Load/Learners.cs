using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Dice.Lms.Load;

/// <summary>
/// Concurrent learners, each signed in as its own account: read a module page, start its quiz, read the attempt form,
/// answer it and submit, follow the redirect to the review; again until the time or the request budget runs out. A
/// submission answered with 302 to its review page is acknowledged and its attempt id is appended to --acks at once.
/// A refused connection (the server killed by run.sh) is counted and retried after a pause: the run goes on.
/// </summary>
public static partial class Learners
{
    private static int s_shownRefusals;

    public static async Task<int> RunAsync(Options options)
    {
        var baseAddress = new Uri(options.Required("base"));
        var emails = File.ReadAllLines(options.Required("users")).Where(l => l.Length > 0).ToArray();
        var password = options.Required("password");
        var concurrency = Math.Min(options.Int("concurrency", 64), emails.Length);
        var duration = TimeSpan.FromSeconds(options.Int("duration", 60));
        var maxRequests = options.Int("max-requests", 400_000);
        var stats = new Stats();
        await using var acks = new StreamWriter(options.Required("acks"), append: true) { AutoFlush = true };
        var ackLock = new Lock();
        var submissions = 0;

        // The modules to read: every module link of the courses the learners are enrolled in (the cohort's courses).
        var modules = await DiscoverModulesAsync(baseAddress, emails[0], password, options.Required("courses").Split(','));
        Console.Error.WriteLine($"learners: {concurrency} for {duration.TotalSeconds} s over {modules.Count} modules");

        // Written the moment the 302 arrives, before the review page is read: a kill right after it must not hide it.
        void Acknowledge(long attemptId)
        {
            lock (ackLock)
            {
                acks.WriteLine(attemptId);
                submissions++;
            }
        }

        using var stop = new CancellationTokenSource(duration);
        var watch = Stopwatch.StartNew();
        var learners = Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
        {
            var random = new Random(i);
            using var browser = new Browser(baseAddress, stats);
            var signedIn = false;
            while (!stop.IsCancellationRequested && stats.Requests < maxRequests)
            {
                try
                {
                    signedIn = signedIn || await browser.SignInAsync(emails[i], password, stop.Token);
                    if (!signedIn)
                    {
                        await Task.Delay(200, stop.Token);
                        continue;
                    }

                    var (course, module) = modules[random.Next(modules.Count)];
                    await TakeQuizAsync(browser, course, module, random, Acknowledge, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                catch (HttpRequestException)
                {
                    stats.TransportError();
                    await Task.Delay(200, CancellationToken.None);
                }
                catch (TaskCanceledException)
                {
                    stats.TransportError(); // the 30 s client timeout
                }
            }
        })).ToArray();
        await Task.WhenAll(learners);
        var elapsed = watch.Elapsed;

        Console.WriteLine(stats.Report(elapsed, submissions));
        return stats.ServerErrors == 0 ? 0 : 1;
    }

    /// <summary>One pass through a module and its quiz; an acknowledged submission is passed to <paramref name="acknowledge"/>.</summary>
    private static async Task TakeQuizAsync(Browser browser, string course, string module, Random random, Action<long> acknowledge, CancellationToken cancel)
    {
        if (await PrepareSubmissionAsync(browser, course, module, random, cancel) is not { } submission)
        {
            return;
        }

        if (await SubmitAsync(browser, submission, cancel) is { } review)
        {
            acknowledge(review.AttemptId);
            await browser.GetAsync("review", review.Path, cancel);
        }
    }

    /// <summary>Reads the module page, starts its quiz and answers the attempt form: everything up to the submission.</summary>
    internal static async Task<Submission?> PrepareSubmissionAsync(Browser browser, string course, string module, Random random, CancellationToken cancel)
    {
        var page = await browser.GetAsync("module", $"/courses/{course}/modules/{module}", cancel);
        if (page.Status != 200 || page.Token is not { } token)
        {
            return null;
        }

        var started = await browser.PostAsync("quiz start", $"/courses/{course}/modules/{module}/quiz/start", [new("__RequestVerificationToken", token)], cancel);
        if (started.Status != 302 || started.Location is null)
        {
            return null;
        }

        var take = await browser.GetAsync("attempt form", started.Location, cancel);
        if (take.Status != 200 || take.Token is null || FormAction().Match(take.Body) is not { Success: true } action)
        {
            return null;
        }

        // Only the quiz's own form: the layout has others (language, sign-out) with fields of their own.
        var form = take.Body[action.Index..take.Body.IndexOf("</form>", action.Index, StringComparison.Ordinal)];
        var fields = Answer(form, random);
        fields.Add(new("__RequestVerificationToken", new Page(200, null, form).Token ?? take.Token));
        fields.Add(new("action", "submit"));
        return new Submission(action.Groups[1].Value, fields);
    }

    /// <summary>Posts the answers; a 302 to the attempt's review is the acknowledgement.</summary>
    internal static async Task<(long AttemptId, string Path)?> SubmitAsync(Browser browser, Submission submission, CancellationToken cancel)
    {
        var submitted = await browser.PostAsync("quiz submit", submission.Action, submission.Fields, cancel);
        if (submitted.Status != 302 || submitted.Location is null || ReviewPath().Match(submitted.Location) is not { Success: true } review)
        {
            if (Interlocked.Increment(ref s_shownRefusals) <= 3)
            {
                Console.Error.WriteLine($"submission answered {submitted.Status}: {submitted.Body[..Math.Min(300, submitted.Body.Length)]}");
            }

            return null;
        }

        return (long.Parse(review.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), submitted.Location);
    }

    /// <summary>Answers every question of the form at random, as a learner guessing would: one radio per group, some
    /// check boxes, a choice in every select, a word in every text box.</summary>
    private static List<KeyValuePair<string, string>> Answer(string html, Random random)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var choices = new Dictionary<string, List<string>>();
        foreach (Match input in Input().Matches(html))
        {
            var attributes = Attribute().Matches(input.Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (!attributes.TryGetValue("name", out var name) || name == "__RequestVerificationToken")
            {
                continue;
            }

            switch (attributes.GetValueOrDefault("type"))
            {
                case "radio":
                    (choices.TryGetValue(name, out var list) ? list : choices[name] = []).Add(attributes["value"]);
                    break;
                case "checkbox":
                    if (random.Next(2) == 0)
                    {
                        fields.Add(new(name, attributes["value"]));
                    }

                    break;
                default:
                    fields.Add(new(name, random.Next(2) == 0 ? "4" : "two-step verification"));
                    break;
            }
        }

        fields.AddRange(choices.Select(c => new KeyValuePair<string, string>(c.Key, c.Value[random.Next(c.Value.Count)])));
        foreach (Match select in Select().Matches(html))
        {
            var values = OptionValue().Matches(select.Groups[2].Value).Select(o => o.Groups[1].Value).Where(v => v.Length > 0).ToList();
            if (values.Count > 0)
            {
                fields.Add(new(select.Groups[1].Value, values[random.Next(values.Count)]));
            }
        }

        return fields;
    }

    internal static async Task<List<(string Course, string Module)>> DiscoverModulesAsync(Uri baseAddress, string email, string password, string[] courses)
    {
        using var browser = new Browser(baseAddress, new Stats());
        if (!await browser.SignInAsync(email, password, CancellationToken.None))
        {
            throw new InvalidOperationException($"could not sign in as {email}");
        }

        var modules = new List<(string, string)>();
        foreach (var course in courses)
        {
            var page = await browser.GetAsync("course", $"/courses/{course}", CancellationToken.None);
            modules.AddRange(ModuleLink().Matches(page.Body).Where(m => m.Groups[1].Value == course)
                .Select(m => (course, m.Groups[2].Value)).Distinct());
        }

        return modules.Count > 0 ? modules : throw new InvalidOperationException("no module links found on the course pages");
    }

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("([a-z-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option value=\"([^\"]*)\"")]
    private static partial Regex OptionValue();

    [GeneratedRegex("<form method=\"post\" action=\"(/attempts/\\d+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("^/attempts/(\\d+)/review$")]
    private static partial Regex ReviewPath();

    [GeneratedRegex("href=\"/courses/([a-z0-9-]+)/modules/([a-z0-9-]+)\"")]
    private static partial Regex ModuleLink();
}

/// <summary>An answered attempt form, ready to post.</summary>
internal sealed record Submission(string Action, List<KeyValuePair<string, string>> Fields);
