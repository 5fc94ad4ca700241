using System.Globalization;
using System.Net;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Email;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Reminders;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// Reminders end to end: the verbs as an operator runs them against a real SMTP server on 127.0.0.1, what arrives
/// there, who gets nothing, the weekly digest and the one-click unsubscribe link.
/// </summary>
[Category(Needs.Process)]
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class ReminderTests(TestProvider provider)
{
    private SmtpServer _smtp = null!;
    private LmsWebFactory _factory = null!;
    private Dictionary<string, string?> _cliSettings = null!;

    /// <summary>Ten days from now: every learner enrolled today has been idle for more than the default 7 days.</summary>
    private static DateOnly AsOf => Support.Reminders.Today.AddDays(10);

    [OneTimeSetUp]
    public void Start()
    {
        _smtp = new SmtpServer();
        var settings = _smtp.Settings();
        // Only explicit runs and drains send here, so the counts below are exact.
        settings["Lms:Jobs:RunServer"] = "false";
        _factory = new LmsWebFactory(settings, provider);
        _cliSettings = new Dictionary<string, string?>(_smtp.Settings()) { ["Lms:PublicBaseUrl"] = "http://lms.test" };
        // The site creates the Data Protection key first, so the verbs and the site sign and read links with the same key.
        _ = _factory.Services.GetRequiredService<UnsubscribeLinks>().Create("warm-up", EmailTopic.Reminders);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Test]
    public async Task RemindersRunThenEmailDrainDeliversOneReminderPerDueLearnerAndRunningBothAgainDeliversNothingNew()
    {
        var (cohort, courseId, _) = await _factory.CreateCohortAsync(end: AsOf.AddDays(30));
        var (endedCohort, _, _) = await _factory.CreateCohortAsync(end: AsOf.AddDays(-1));
        var mongolian = await _factory.CreateLearnerAsync(cohort, "Оюунчимэг");
        var english = await _factory.CreateLearnerAsync(cohort, "Anna", u => u.PreferredLanguage = "en");
        var suspended = await _factory.CreateLearnerAsync(cohort, "Suspended", u => u.IsSuspended = true);
        var finished = await _factory.CreateLearnerAsync(cohort, "Finished");
        await _factory.CompleteCourseAsync(finished, courseId);
        var never = await _factory.CreateLearnerAsync(cohort, "Never", u => u.ReminderEmails = EmailFrequency.Never);
        var inEndedCohort = await _factory.CreateLearnerAsync(endedCohort, "Ended");
        var ours = new[] { mongolian, english, suspended, finished, never, inEndedCohort };

        for (var round = 0; round < 2; round++)
        {
            var run = await Cli.RunAsync(_factory, _cliSettings, "reminders", "run", "--as-of", AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
            var drain = await Cli.RunAsync(_factory, _cliSettings, "email", "drain");
            Assert.That(drain.ExitCode, Is.EqualTo(0), drain.Error);
        }

        var received = _smtp.Received().Where(m => m.To.Mailboxes.Any(a => ours.Contains(a.Address))).ToList();
        Assert.That(received.Select(m => m.To.Mailboxes.Single().Address), Is.EquivalentTo(new[] { mongolian, english }));

        var toMongolian = received.Single(m => m.To.Mailboxes.Single().Address == mongolian);
        Assert.That(toMongolian.Subject, Does.StartWith("Dice LMS: «Цахим аюулгүй байдал ").And.EndWith("» сургалтаа үргэлжлүүлээрэй"));
        Assert.That(toMongolian.TextBody, Does.Contain("Оюунчимэг").And.Contain($"http://lms.test/courses/{courseId}"));
        Assert.That(toMongolian.TextBody, Does.Not.Contain("Anna"), "no other learner's data");
        Assert.That(toMongolian.HtmlBody, Does.Contain($"<a href=\"http://lms.test/courses/{courseId}\">"));
        var unsubscribe = toMongolian.Headers["List-Unsubscribe"];
        Assert.That(unsubscribe, Does.StartWith("<http://lms.test/email/unsubscribe/").And.EndWith(">"));
        Assert.That(toMongolian.Headers["List-Unsubscribe-Post"], Is.EqualTo("List-Unsubscribe=One-Click"));
        Assert.That(toMongolian.TextBody, Does.Contain(unsubscribe.Trim('<', '>')), "the link is in the body too");

        var toEnglish = received.Single(m => m.To.Mailboxes.Single().Address == english);
        Assert.That(toEnglish.Subject, Does.StartWith("Dice LMS: continue your course “Digital safety "));
    }

    [Test]
    public async Task TwoRunsAtTheSameMomentQueueEachReminderOnce()
    {
        var (cohort, _, _) = await _factory.CreateCohortAsync(end: AsOf.AddDays(30));
        var learners = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            learners.Add(await _factory.CreateLearnerAsync(cohort, $"Learner {i}"));
        }

        var runs = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(AsOf, CancellationToken.None);
        }).ToList();
        await Task.WhenAll(runs);

        await using var check = _factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LmsDbContext>();
        var rows = await db.OutboxEmails.Where(e => learners.Contains(e.ToAddress)).Select(e => new { e.ToAddress, e.Key }).ToListAsync();
        Assert.That(rows.Select(r => r.ToAddress), Is.EquivalentTo(learners), "one e-mail per learner");
        var userIds = await db.Users.Where(u => learners.Contains(u.Email!)).Select(u => u.Id).ToListAsync();
        Assert.That(await db.ReminderNotices.CountAsync(n => userIds.Contains(n.UserId)), Is.EqualTo(5));
    }

    [Test]
    public async Task AWeeklyDigestUserGetsNothingAtOnceAndOneDigestOnMonday()
    {
        var (cohort, courseId, _) = await _factory.CreateCohortAsync(end: AsOf.AddDays(60));
        var digest = await _factory.CreateLearnerAsync(cohort, "Digest", u => u.ReminderEmails = EmailFrequency.WeeklyDigest);
        var day = AsOf;
        while (ReminderDigest.IsDigestDay(day))
        {
            day = day.AddDays(1);
        }

        var monday = day.AddDays(1);
        while (!ReminderDigest.IsDigestDay(monday))
        {
            monday = monday.AddDays(1);
        }

        await RunAsync(day);
        Assert.That(await QueuedToAsync(digest), Is.Empty, "kept for the digest");

        await RunAsync(monday);
        await RunAsync(monday);
        var queued = await QueuedToAsync(digest);
        Assert.That(queued, Has.Count.EqualTo(1));
        Assert.That(queued[0].Kind, Is.EqualTo("digest"));
        Assert.That(queued[0].Subject, Is.EqualTo("Dice LMS: долоо хоногийн сануулга"));
        Assert.That(queued[0].TextBody, Does.Contain($"http://lms.test/courses/{courseId}"));
        Assert.That(queued[0].UnsubscribeUrl, Does.StartWith("http://lms.test/email/unsubscribe/"));
    }

    [Test]
    public async Task TheUnsubscribeLinkWorksWithoutSigningInAndATamperedOneIsRefused()
    {
        var (cohort, _, _) = await _factory.CreateCohortAsync(end: AsOf.AddDays(30));
        var learner = await _factory.CreateLearnerAsync(cohort, "Unsubscriber");
        await RunAsync(AsOf);
        var url = (await QueuedToAsync(learner)).Single().UnsubscribeUrl!;
        var path = new Uri(url).AbsolutePath;
        var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await anonymous.GetPageAsync(path);
        Assert.That(page.Forms.Any(f => f.GetAttribute("action") == path), "a confirmation page with a button");
        Assert.That((await _factory.FindUserAsync(learner)).ReminderEmails, Is.EqualTo(EmailFrequency.Immediately), "GET changes nothing");

        var tampered = path[..^3] + (path[^3] == 'A' ? 'B' : 'A') + path[^2..];
        var refusedGet = await anonymous.GetAsync(tampered);
        Assert.That(refusedGet.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refusedGet.Content.ReadAsStringAsync(), Does.Contain("signature does not match"));
        var refusedPost = await anonymous.PostAsync(tampered, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.That(refusedPost.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await _factory.FindUserAsync(learner)).ReminderEmails, Is.EqualTo(EmailFrequency.Immediately));

        // What a mail client sends for RFC 8058: a bare POST, no cookie, no antiforgery token.
        var oneClick = await anonymous.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.That(oneClick.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await _factory.FindUserAsync(learner)).ReminderEmails, Is.EqualTo(EmailFrequency.Never));
        Assert.That((await _factory.FindUserAsync(learner)).CertificateEmails, Is.EqualTo(EmailFrequency.Immediately), "only that kind");
    }

    [Test]
    public async Task ALearnerChoosesPerKindOnTheirPreferencesPage()
    {
        var (cohort, _, _) = await _factory.CreateCohortAsync(end: null);
        var learner = await _factory.CreateLearnerAsync(cohort, "Chooser");
        var client = await _factory.SignedInClientAsync(learner);

        var page = await client.GetPageAsync("/my/email-preferences");
        Assert.That(page.QuerySelectorAll("input[type=radio][name=Reminders]"), Has.Length.EqualTo(3));
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Миний и-мэйлийн тохиргоо"));

        var saved = await client.SubmitFormAsync("/my/email-preferences", "/my/email-preferences",
            new Dictionary<string, string> { ["Reminders"] = "WeeklyDigest", ["Certificates"] = "Never" });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var user = await _factory.FindUserAsync(learner);
        Assert.That((user.ReminderEmails, user.CertificateEmails), Is.EqualTo((EmailFrequency.WeeklyDigest, EmailFrequency.Never)));

        var withoutToken = await client.PostAsync("/my/email-preferences", new FormUrlEncodedContent([new("Reminders", "Never")]));
        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "antiforgery stays on here");

        var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync("/my/email-preferences");
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
    }

    [Test]
    public async Task StaffSetACohortsRulesAndIdleDaysWithMessagesInTheSiteLanguage()
    {
        var (_, _, cohortId) = await _factory.CreateCohortAsync(end: null);
        var staff = await _factory.ClientForRoleAsync(Dice.Lms.Infrastructure.Identity.Roles.Staff);
        var page = $"/staff/cohorts/{cohortId}";
        var action = $"/staff/cohorts/{cohortId}/reminders";

        var invalid = await staff.SubmitFormAsync(page, action, new Dictionary<string, string> { ["Reminders.IdleDays"] = "0" });
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await invalid.Content.ReadAsStringAsync(), Does.Contain("Идэвхгүй өдрийн тоо: 1–90 хооронд байх ёстой."));

        var fields = new Dictionary<string, string> { ["Reminders.IdleDays"] = "3", ["Reminders.Idle"] = "true", ["Reminders.FailedQuiz"] = "false" };
        var saved = await staff.SubmitFormAsync(page, action, fields);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.Content.ReadAsStringAsync());
        await using var scope = _factory.Services.CreateAsyncScope();
        var settings = (await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Cohorts.FindAsync(cohortId))!.Reminders;
        Assert.That(settings.IdleDays, Is.EqualTo(3));
        Assert.That(settings.Idle, Is.True);
        Assert.That(settings.FailedQuiz, Is.False);

        var learner = await _factory.ClientForRoleAsync(Dice.Lms.Infrastructure.Identity.Roles.Learner);
        var forbidden = await learner.PostAsync(action, new FormUrlEncodedContent([new("Reminders.IdleDays", "5")]));
        Assert.That(forbidden.Headers.Location?.AbsolutePath, Is.EqualTo("/account/access-denied"));
    }

    [Test]
    public async Task VisitsAndAFailedQuizInTheDatabaseDecideWhatIsDue()
    {
        var (cohort, courseId, _) = await _factory.CreateCohortAsync(end: AsOf.AddDays(30));
        var learner = await _factory.CreateLearnerAsync(cohort, "Quiz taker");
        var userId = (await _factory.FindUserAsync(learner)).Id;
        var active = DateTime.UtcNow.AddDays(5);
        long failedAttempt;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var module = new CourseModule(courseId + "-m1", courseId, 1, "01-passwords");
            var version = module.AddVersion(new ModuleVersion("hash-" + courseId, ProficiencyLevel.Beginner, "4.1", 10, "", DateTime.UtcNow, null));
            db.Modules.Add(module);
            await db.SaveChangesAsync();
            db.ModuleProgress.Add(new ModuleProgress(userId, module.Id, version.Id, active));
            var quiz = QuizSyntax.Parse(["## A bank never asks for your PIN by e-mail.", "type: truefalse", "- [x] True", "- [ ] False"], 1).Quiz!;
            var attempt = new QuizAttempt(userId, module.Id, version.Id, "mn", 1, quiz, active, new Random(1));
            attempt.Submit(quiz, new Dictionary<int, QuestionResponse>(), 70, active.AddMinutes(5));
            db.QuizAttempts.Add(attempt);
            await db.SaveChangesAsync();
            failedAttempt = attempt.Id;
        }

        await RunAsync(AsOf);
        Assert.That((await QueuedToAsync(learner)).Select(e => e.Key), Is.EqualTo(new[] { $"reminder:failed-quiz:{userId}:{courseId}:attempt-{failedAttempt}" }),
            "active 5 days before: not idle yet, but the failed quiz is due");

        var idleDay = DateOnly.FromDateTime(active).AddDays(7);
        await RunAsync(idleDay);
        await RunAsync(idleDay.AddDays(1));
        Assert.That((await QueuedToAsync(learner)).Select(e => e.Key), Is.EquivalentTo(new[]
        {
            $"reminder:failed-quiz:{userId}:{courseId}:attempt-{failedAttempt}",
            $"reminder:idle:{userId}:{courseId}:{DateOnly.FromDateTime(active):yyyy-MM-dd}",
        }));
    }

    [Test]
    public void EverythingInsertedIntoTheHtmlIsEncodedAndTheLanguageIsTheRecipients()
    {
        var messages = _factory.Services.GetRequiredService<IReminderMessages>();
        var course = new Course("safety", "safety", "Аюулгүй <b>байдал</b> & нууц үг", "Safety <b>first</b> & passwords", "", "");
        var learner = new Dice.Lms.Infrastructure.Identity.LmsUser { FullName = "<script>alert(1)</script>", PreferredLanguage = "en" };

        var email = messages.Reminder(learner, new ReminderItem(ReminderRule.CohortEndsTomorrow, course, new DateOnly(2026, 12, 1)),
            "http://lms.test/email/unsubscribe/a\"b");

        Assert.That(email.Subject, Is.EqualTo("Dice LMS: “Safety <b>first</b> & passwords” ends tomorrow"), "a subject is text, not HTML");
        Assert.That(email.Text, Does.Contain("<script>alert(1)</script>").And.Contain("2026-12-01"));
        Assert.That(email.Html, Does.Not.Contain("<script>").And.Not.Contain("<b>"));
        Assert.That(email.Html, Does.Contain("&lt;script&gt;").And.Contain("&amp; passwords").And.Contain("a&quot;b"));
        Assert.That(email.Html, Does.Contain("<html lang=\"en\">"));
    }

    [Test]
    public async Task TheSiteRegistersTheDailyReminderJob()
    {
        using var client = _factory.CreateClient();
        await client.GetAsync("/");
        using var connection = _factory.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        var job = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).SingleOrDefault(j => j.Id == "reminders");
        Assert.That(job, Is.Not.Null);
        Assert.That(job!.Cron, Is.EqualTo("0 1 * * *"));
        Assert.That(job.Job.Type, Is.EqualTo(typeof(ReminderJob)));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.That(scope.ServiceProvider.GetService<ReminderJob>(), Is.Not.Null, "a job server can build it");
    }

    private async Task RunAsync(DateOnly asOf)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(asOf, CancellationToken.None);
    }

    private async Task<List<OutboxEmail>> QueuedToAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LmsDbContext>().OutboxEmails.Where(e => e.ToAddress == email).ToListAsync();
    }
}
