using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dice.Lms.Infrastructure.Reminders;

/// <summary>
/// The daily reminder run: gathers each enrolment's facts, asks <see cref="ReminderRules"/> what is due and queues each
/// due reminder once. A reminder's <see cref="ReminderNotice"/> and its outbox e-mail are saved in one transaction, and
/// both have a unique key, so any number of runs, even at the same moment, queue it once. On
/// <see cref="ReminderDigest.Weekday"/> it also queues the weekly digests.
/// </summary>
public sealed class ReminderJob(
    LmsDbContext db,
    Outbox outbox,
    UnsubscribeLinks unsubscribe,
    IReminderMessages messages,
    TimeProvider clock,
    ILogger<ReminderJob> logger)
{
    /// <summary>Days after issue before an undownloaded certificate gets its one reminder.</summary>
    public const int CertificateWaitDays = 3;

    /// <summary>Runs as if on <paramref name="asOf"/> (UTC date), or today.</summary>
    public async Task<ReminderRunResult> RunAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var today = asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var facts = await GatherAsync(today, cancellationToken);
        var learnerIds = facts.Select(f => f.Facts.LearnerId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => learnerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var courses = await db.Courses.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var cohortEnds = facts.ToDictionary(f => (f.Facts.LearnerId, f.Facts.CourseId), f => f.Facts.CohortEnd);

        int queued = 0, forDigest = 0;
        foreach (var (enrollment, settings) in facts)
        {
            if (!users.TryGetValue(enrollment.LearnerId, out var user) || !courses.TryGetValue(enrollment.CourseId, out var course))
            {
                continue;
            }

            foreach (var reminder in ReminderRules.Due(enrollment, settings, today))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var frequency = user.EmailFrequency(reminder.Topic);
                if (frequency == EmailFrequency.Never || await db.ReminderNotices.AnyAsync(n => n.Key == reminder.Key, cancellationToken))
                {
                    continue;
                }

                var item = new ReminderItem(reminder.Rule, course, enrollment.CohortEnd);
                var digest = frequency == EmailFrequency.WeeklyDigest;
                if (!await SaveAsync(reminder, user, digest ? null : item, cancellationToken))
                {
                    continue;
                }

                if (digest)
                {
                    forDigest++;
                }
                else
                {
                    queued++;
                }
            }
        }

        var digests = ReminderDigest.IsDigestDay(today) ? await QueueDigestsAsync(today, users, courses, cohortEnds, cancellationToken) : 0;
        return new ReminderRunResult(queued, forDigest, digests);
    }

    /// <summary>Saves the notice (and the e-mail unless it waits for the digest); false when another run saved it first.</summary>
    private async Task<bool> SaveAsync(DueReminder reminder, LmsUser user, ReminderItem? sendNow, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.ReminderNotices.Add(new ReminderNotice(reminder, forDigest: sendNow is null, now));
        if (sendNow is not null && !string.IsNullOrWhiteSpace(user.Email))
        {
            var link = unsubscribe.Create(user.Id, reminder.Topic);
            var content = messages.Reminder(user, sendNow, link);
            await outbox.QueueAsync(reminder.Key, user.Email, user.FullName, content.Subject, content.Text, content.Html,
                "reminder", user.Id, cancellationToken, link);
        }

        return await TrySaveAsync(reminder.Key, cancellationToken);
    }

    private async Task<int> QueueDigestsAsync(DateOnly today, Dictionary<string, LmsUser> users, Dictionary<string, Course> courses,
        Dictionary<(string, string), DateOnly?> cohortEnds, CancellationToken cancellationToken)
    {
        var waiting = await db.ReminderNotices.Where(n => n.WaitsForDigest).Select(n => new { n.UserId, n.Rule }).Distinct().ToListAsync(cancellationToken);
        var digests = 0;
        foreach (var (userId, topic) in waiting.Select(w => (w.UserId, Topic: w.Rule == ReminderRule.CertificateReady ? EmailTopic.Certificates : EmailTopic.Reminders)).Distinct())
        {
            // Loaded per user and topic: a conflict with another run clears the change tracker, never another user's notices.
            var notices = (await db.ReminderNotices.Where(n => n.WaitsForDigest && n.UserId == userId).OrderBy(n => n.Id).ToListAsync(cancellationToken))
                .Where(n => n.Topic == topic)
                .ToList();
            if (notices.Count == 0)
            {
                continue;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var key = ReminderDigest.Key(userId, topic, today);
            var user = users.GetValueOrDefault(userId) ?? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
            var items = notices
                .Where(n => courses.ContainsKey(n.CourseId))
                .Select(n => new ReminderItem(n.Rule, courses[n.CourseId], cohortEnds.GetValueOrDefault((n.UserId, n.CourseId))))
                .ToList();
            foreach (var notice in notices)
            {
                notice.MarkDigested(now);
            }

            // A user who chose "never" since, or was suspended, gets nothing: the notices are simply closed.
            var send = user is { IsSuspended: false, Email.Length: > 0 } && user.EmailFrequency(topic) != EmailFrequency.Never && items.Count > 0;
            if (send)
            {
                var link = unsubscribe.Create(user!.Id, topic);
                var content = messages.Digest(user, items, link);
                await outbox.QueueAsync(key, user.Email!, user.FullName, content.Subject, content.Text, content.Html, "digest", user.Id, cancellationToken, link);
            }

            if (await TrySaveAsync(key, cancellationToken) && send)
            {
                digests++;
            }
        }

        return digests;
    }

    private async Task<bool> TrySaveAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e)
        {
            // Another run saved the same unique key a moment earlier: it is queued once, by that run.
            logger.LogInformation("Reminder {Key} was queued by another run: {Error}", key, e.InnerException?.Message ?? e.Message);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Every enrolment with what the rules need to know, and its cohort's settings (the default without a cohort).</summary>
    private async Task<List<(EnrollmentFacts Facts, ReminderSettings Settings)>> GatherAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var enrollments = await db.Enrollments.AsNoTracking().ToListAsync(cancellationToken);
        var suspended = (await db.Users.Where(u => u.IsSuspended).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        var cohorts = await db.Cohorts.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var moduleCourse = await db.Modules.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.CourseId, cancellationToken);
        var visits = await db.ModuleProgress.AsNoTracking()
            .Select(p => new { p.LearnerId, p.ModuleId, p.LastVisitedAt, p.CompletedAt })
            .ToListAsync(cancellationToken);
        // Grouped in the database: a site with millions of attempts sends one row per learner and quiz.
        var attempts = await db.QuizAttempts
            .GroupBy(a => new { a.LearnerId, a.ModuleId })
            .Select(g => new { g.Key.LearnerId, g.Key.ModuleId, StartedAt = g.Max(a => a.StartedAt), SubmittedAt = g.Max(a => a.SubmittedAt) })
            .ToListAsync(cancellationToken);
        // A failed attempt counts only while it is the learner's latest at that quiz and no attempt passed.
        var failedAttempts = await db.QuizAttempts
            .Where(a => a.SubmittedAt != null && a.Passed == false
                && !db.QuizAttempts.Any(b => b.LearnerId == a.LearnerId && b.ModuleId == a.ModuleId && (b.Number > a.Number || b.Passed == true)))
            .Select(a => new { a.Id, a.LearnerId, a.ModuleId })
            .ToListAsync(cancellationToken);

        var lastActivity = new Dictionary<(string, string), DateTime>();
        void Touch(string learnerId, string moduleId, DateTime? at)
        {
            if (at is { } time && moduleCourse.TryGetValue(moduleId, out var courseId))
            {
                var key = (learnerId, courseId);
                lastActivity[key] = lastActivity.TryGetValue(key, out var known) && known > time ? known : time;
            }
        }

        foreach (var visit in visits)
        {
            Touch(visit.LearnerId, visit.ModuleId, visit.LastVisitedAt);
            Touch(visit.LearnerId, visit.ModuleId, visit.CompletedAt);
        }

        foreach (var attempt in attempts)
        {
            Touch(attempt.LearnerId, attempt.ModuleId, attempt.StartedAt);
            Touch(attempt.LearnerId, attempt.ModuleId, attempt.SubmittedAt);
        }

        var failed = failedAttempts
            .Where(a => moduleCourse.ContainsKey(a.ModuleId))
            .ToLookup(a => (a.LearnerId, moduleCourse[a.ModuleId]), a => a.Id);

        // The issue e-mail already said a certificate is ready; remind once if it still waits three days later.
        var waitingSince = today.AddDays(-CertificateWaitDays).ToDateTime(TimeOnly.MaxValue);
        var undownloaded = (await db.Certificates
            .Where(c => c.Status == Domain.Certificates.CertificateStatus.Valid && c.DownloadedAt == null && c.IssuedAt <= waitingSince)
            .Select(c => new { c.LearnerId, c.CourseId })
            .ToListAsync(cancellationToken)).Select(c => (c.LearnerId, c.CourseId)).ToHashSet();

        var result = new List<(EnrollmentFacts, ReminderSettings)>();
        foreach (var enrollment in enrollments)
        {
            var cohort = enrollment.CohortId is { } cohortId ? cohorts.GetValueOrDefault(cohortId) : null;
            var key = (enrollment.LearnerId, enrollment.CourseId);
            var last = lastActivity.TryGetValue(key, out var active) && active > enrollment.EnrolledAt ? active : enrollment.EnrolledAt;
            result.Add((new EnrollmentFacts(
                enrollment.LearnerId,
                enrollment.CourseId,
                suspended.Contains(enrollment.LearnerId),
                enrollment.CompletedAt is not null,
                last,
                cohort?.StartDate,
                cohort?.EndDate,
                [.. failed[key]],
                CertificateReady: undownloaded.Contains(key)), cohort?.Reminders ?? ReminderSettings.Default));
        }

        return result;
    }
}
