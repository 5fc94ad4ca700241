using System.Text;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Email;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Infrastructure.Quizzes;
using Dice.Lms.Infrastructure.Reminders;
using Dice.Lms.Web.Certification;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Startup;

/// <summary>
/// Development only: two cohorts shaped like the DICE 2024 baseline (Ulaanbaatar and Umnugobi, Table 3 of the report),
/// with progress, passed quizzes, an issued and a revoked certificate and reminders in the outbox, so that a first run
/// shows the staff pages with data. Everything it creates is named "(demo)"; it runs once (the Ulaanbaatar cohort is
/// its mark), and only the proficiency snapshot is computed again at each start.
/// </summary>
public sealed class DemoCohorts(
    LmsDbContext db,
    BaselineImport baselines,
    CohortEnrollment enrollment,
    ModuleQuizzes quizzes,
    CertificateIssuing certificates,
    ReminderJob reminders,
    ProficiencyJob proficiency,
    TimeProvider clock)
{
    public const string UlaanbaatarCohort = "DICE 2024 Ulaanbaatar (demo)";
    public const string UmnugobiCohort = "DICE 2024 Umnugobi (demo)";
    public const string UlaanbaatarOrganization = "Хотын Иргэний Оролцоо ТББ (demo)";

    // Table 3 of the DICE 2024 baseline: respondents at none, beginner and intermediate per area (report order), of
    // 76 in Ulaanbaatar and 22 in Umnugobi; the rest rated themselves advanced or expert.
    private static readonly int[][] Ulaanbaatar = [[1, 8, 32], [1, 12, 28], [3, 12, 27], [7, 26, 31], [4, 20, 30], [5, 19, 32]];
    private static readonly int[][] Umnugobi = [[0, 3, 3], [0, 4, 4], [0, 2, 9], [4, 3, 8], [0, 5, 9], [0, 3, 10]];

    private static readonly string[] GivenNames =
    [
        "Батбаяр", "Оюунцэцэг", "Ганзориг", "Нарантуяа", "Төмөрбаатар", "Сарантуяа", "Энхжаргал", "Болормаа", "Мөнхбат",
        "Уранчимэг", "Бат-Эрдэнэ", "Хулан", "Дэлгэрмаа", "Ариунболд", "Солонго", "Түвшинжаргал", "Номин", "Эрдэнэбилэг",
        "Ганчимэг", "Билгүүн",
    ];

    private static readonly string[] FamilyInitials = ["Д", "Б", "Г", "Ц", "Н", "Э", "С", "Т", "Ж", "О", "Л"];

    public async Task EnsureAsync(string staffId, CancellationToken cancellationToken = default)
    {
        if (!await db.Cohorts.AnyAsync(c => c.Name == UlaanbaatarCohort, cancellationToken))
        {
            await SeedAsync(staffId, cancellationToken);
        }

        // A snapshot of today, so the dashboard has numbers on the first visit (the nightly job keeps it fresh).
        await proficiency.RunAsync(cancellationToken);
    }

    private async Task SeedAsync(string staffId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var courses = await db.Courses.Where(c => c.IsPublished).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var gobi = await db.Organizations.SingleAsync(o => o.Name == DemoSeed.OrganizationName, cancellationToken);
        var city = await db.Organizations.SingleOrDefaultAsync(o => o.Name == UlaanbaatarOrganization, cancellationToken);
        if (city is null)
        {
            city = new Organization(UlaanbaatarOrganization, "Ulaanbaatar", "human rights, education", "youth, people with disabilities");
            db.Organizations.Add(city);
            await db.SaveChangesAsync(cancellationToken);
        }

        // Umnugobi ends in a week, so the daily reminder run has "cohort ends soon" e-mails to queue.
        var ub = new Cohort(UlaanbaatarCohort, city.Id, today.AddDays(-45), today.AddDays(60), JoinCodes.New());
        var ug = new Cohort(UmnugobiCohort, gobi.Id, today.AddDays(-45), today.AddDays(7), JoinCodes.New());
        ub.AssignCourses(courses);
        ug.AssignCourses([.. courses.Where(c => c is "safety" or "devices")]);
        db.Cohorts.AddRange(ub, ug);
        await db.SaveChangesAsync(cancellationToken);

        await ImportAsync(ub, "ub", 19, Ulaanbaatar, 76, city, cancellationToken);
        await ImportAsync(ug, "ug", 11, Umnugobi, 22, gobi, cancellationToken);

        // Progress: the first learners of each cohort have worked through courses, most recently the first ones.
        var ubLearners = await MembersAsync(ub.Id, cancellationToken);
        var ugLearners = await MembersAsync(ug.Id, cancellationToken);
        var safety = courses.Contains("safety") ? "safety" : courses[0];
        var devices = courses.Contains("devices") ? "devices" : courses[^1];
        for (var i = 0; i < 6; i++)
        {
            await CompleteAsync(ubLearners[i], devices, modules: i < 3 ? int.MaxValue : 2, cancellationToken);
        }

        for (var i = 0; i < 3; i++)
        {
            await CompleteAsync(ugLearners[i], safety, modules: i < 2 ? int.MaxValue : 1, cancellationToken);
        }

        await IssueAsync(ubLearners[0], devices, staffId, revokeReason: null, cancellationToken);
        await IssueAsync(ubLearners[1], devices, staffId, revokeReason: null, cancellationToken);
        await IssueAsync(ugLearners[0], safety, staffId, revokeReason: "Issued to the wrong person (demo)", cancellationToken);

        await reminders.RunAsync(today, cancellationToken);
        // One reminder the mail server deferred (waiting for its retry) and one it refused, for the e-mail pages.
        var queued = await db.OutboxEmails.Where(e => e.Kind == "reminder" && e.Status == OutboxStatus.Pending && e.ToAddress.EndsWith("@demo.example.org"))
            .OrderBy(e => e.Id).Take(2).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (queued.Count == 2)
        {
            queued[0].MarkFailed("421 4.7.0 Try again later (demo)", permanent: false, now);
            queued[1].MarkFailed("550 5.1.1 Mailbox unavailable (demo)", permanent: true, now);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task ImportAsync(Cohort cohort, string prefix, int size, int[][] table, int respondents, Organization organization, CancellationToken cancellationToken)
    {
        var levels = CompetenceAreas.All.Select((_, area) => Spread(table[area], respondents, size)).ToList();
        var csv = new StringBuilder(string.Join(',', BaselineCsv.Header)).Append('\n');
        for (var i = 0; i < size; i++)
        {
            var name = $"{GivenNames[(i + (prefix == "ug" ? 7 : 0)) % GivenNames.Length]} {FamilyInitials[i % FamilyInitials.Length]}. (demo)";
            csv.Append($"{prefix}-{i + 1:00}@demo.example.org,{name},{organization.Name},{organization.Location}");
            for (var area = 0; area < levels.Count; area++)
            {
                // A different rotation per area, so no learner is lowest in everything.
                csv.Append(',').Append(levels[area][(i + area * 5) % size].ToString().ToLowerInvariant());
            }

            csv.Append('\n');
        }

        var (_, errors) = await baselines.ImportAsync(csv.ToString(), cohort.Name, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo baseline for {cohort.Name}: {string.Join("; ", errors)}");
        }

        var tracked = await db.Cohorts.Include(c => c.Courses).Include(c => c.Members).SingleAsync(c => c.Id == cohort.Id, cancellationToken);
        await enrollment.EnrollMembersAsync(tracked, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// <paramref name="size"/> levels in the proportions of one row of Table 3: none, beginner and intermediate as
    /// counted, the rest three advanced to one expert (the report does not split them); largest remainders round.
    /// </summary>
    internal static ProficiencyLevel[] Spread(int[] row, int respondents, int size)
    {
        var rest = respondents - row.Sum();
        decimal[] shares = [row[0], row[1], row[2], rest * 0.75m, rest * 0.25m];
        var exact = shares.Select(s => s * size / respondents).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var index in exact.Select((e, i) => (Remainder: e - Math.Floor(e), i)).OrderByDescending(x => x.Remainder).Take(size - counts.Sum()))
        {
            counts[index.i]++;
        }

        ProficiencyLevel[] order = [ProficiencyLevel.None, ProficiencyLevel.Beginner, ProficiencyLevel.Intermediate, ProficiencyLevel.Advanced, ProficiencyLevel.Expert];
        return [.. order.SelectMany((level, i) => Enumerable.Repeat(level, counts[i]))];
    }

    private async Task<List<string>> MembersAsync(int cohortId, CancellationToken cancellationToken)
    {
        var ids = await db.Cohorts.Where(c => c.Id == cohortId).SelectMany(c => c.Members).Select(m => m.LearnerId).ToListAsync(cancellationToken);
        return await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Reads the first <paramref name="modules"/> modules of a course and passes their quizzes with the right answers.</summary>
    private async Task CompleteAsync(string learnerId, string courseId, int modules, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var passMark = await db.Courses.Where(c => c.Id == courseId).Select(c => c.PassMark).SingleAsync(cancellationToken);
        var list = await db.Modules.Where(m => m.CourseId == courseId && m.ArchivedAt == null && m.CurrentVersionId != null)
            .OrderBy(m => m.Position).Take(modules).ToListAsync(cancellationToken);
        foreach (var module in list)
        {
            var version = await db.ModuleVersions.SingleAsync(v => v.Id == module.CurrentVersionId, cancellationToken);
            var progress = new ModuleProgress(learnerId, module.Id, version.Id, now.AddDays(-10));
            progress.Complete(version.Id, now.AddDays(-9));
            db.ModuleProgress.Add(progress);
            if (quizzes.For(version, "mn") is { } quiz)
            {
                var attempt = new QuizAttempt(learnerId, module.Id, version.Id, "mn", 1, quiz, now.AddDays(-9), Random.Shared);
                attempt.Submit(quiz, RightAnswers(quiz), passMark, now.AddDays(-9));
                db.QuizAttempts.Add(attempt);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task IssueAsync(string learnerId, string courseId, string staffId, string? revokeReason, CancellationToken cancellationToken)
    {
        var result = await certificates.IssueAsync(learnerId, courseId, staffId, cancellationToken);
        if (result.Certificate is null)
        {
            throw new InvalidOperationException($"Demo certificate for {courseId}: {result.Outcome}");
        }

        if (revokeReason is not null)
        {
            await certificates.RevokeAsync(result.Certificate.Id, revokeReason, staffId, cancellationToken);
        }
    }

    /// <summary>What a learner who knows the module answers: the best option, accepted text, number or pairs.</summary>
    private static Dictionary<int, QuestionResponse> RightAnswers(QuizDefinition quiz) =>
        quiz.Questions.Select((q, index) => (index, Response: q.Type switch
        {
            QuestionType.Multiple => QuestionResponse.Choose([.. q.Options.Where(o => o.IsCorrect).Select(o => o.Id)]),
            QuestionType.Single or QuestionType.TrueFalse => QuestionResponse.Choose(q.Options.MaxBy(o => o.Weight)!.Id),
            QuestionType.ShortAnswer => QuestionResponse.Answer(q.AcceptedAnswers.MaxBy(a => a.Weight)!.Text),
            QuestionType.Numerical => QuestionResponse.Answer(q.NumericAnswers.MaxBy(a => a.Weight)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            QuestionType.Matching => QuestionResponse.Match(q.MatchPairs.Where(p => !p.IsDistractor).ToDictionary(p => p.Id, p => p.Id)),
            _ => QuestionResponse.None,
        })).ToDictionary(x => x.index, x => x.Response);
}
