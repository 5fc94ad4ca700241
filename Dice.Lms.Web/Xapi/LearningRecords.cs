using Dice.Lms.Domain;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Certificates;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Quizzes;
using Dice.Lms.Infrastructure.Xapi;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Xapi;

/// <summary>
/// Queues the xAPI statement for something a learner did, before the caller saves that change, so both commit together
/// (docs/xapi.md). Does nothing when no learning record store is configured.
/// </summary>
public sealed class LearningRecords(LmsDbContext db, XapiQueue queue, ModuleQuizzes quizzes)
{
    /// <summary>
    /// Saves the caller's change and, when <paramref name="mayCompleteCourse"/> and that change completed the course by its
    /// rule (docs/certificates.md, "Who is eligible"), queues "course completed" in the same transaction.
    /// </summary>
    public async Task SaveAsync(string learnerId, string courseId, bool mayCompleteCourse, CancellationToken cancellationToken = default)
    {
        if (!queue.IsEnabled || !mayCompleteCourse)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        // Eligibility is read from the database, so the change is saved first, inside the transaction that the
        // statement then joins.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var course = await db.Courses.SingleAsync(c => c.Id == courseId, cancellationToken);
        if ((await db.EligibilityAsync(quizzes, course, [learnerId], cancellationToken))[learnerId].IsEligible)
        {
            var names = new Names(course.TitleMn, course.TitleEn);
            var at = queue.Now;
            if (await queue.QueueAsync($"course-completed:{learnerId}:{courseId}", learnerId,
                id => XapiStatements.CourseCompleted(id, queue.Site, learnerId, names, courseId, at), cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ModuleCompletedAsync(string learnerId, string courseId, string moduleId, int versionId, CancellationToken cancellationToken = default)
    {
        if (!queue.IsEnabled)
        {
            return;
        }

        var course = await CourseNamesAsync(courseId, cancellationToken);
        var module = await ModuleNamesAsync(versionId, cancellationToken);
        var at = queue.Now;
        // Once per module version: a module completed again after a new version is published is recorded again.
        await queue.QueueAsync($"module-completed:{learnerId}:{moduleId}:{versionId}", learnerId,
            id => XapiStatements.ModuleCompleted(id, queue.Site, learnerId, course, courseId, module, moduleId, at), cancellationToken);
    }

    /// <summary>A graded attempt, submitted by the learner or closed when its time ran out.</summary>
    public async Task QuizSubmittedAsync(QuizAttempt attempt, CancellationToken cancellationToken = default)
    {
        if (!queue.IsEnabled || attempt.Percent is not { } percent || attempt.Passed is not { } passed)
        {
            return;
        }

        var courseId = await db.Modules.Where(m => m.Id == attempt.ModuleId).Select(m => m.CourseId).SingleAsync(cancellationToken);
        var course = await CourseNamesAsync(courseId, cancellationToken);
        var module = await ModuleNamesAsync(attempt.VersionId, cancellationToken);
        var at = attempt.SubmittedAt ?? queue.Now;
        await queue.QueueAsync($"quiz:{attempt.LearnerId}:{attempt.ModuleId}:{attempt.Number}", attempt.LearnerId,
            id => XapiStatements.QuizResult(id, queue.Site, attempt.LearnerId, course, courseId, module, attempt.ModuleId, percent, passed, at), cancellationToken);
    }

    public async Task CertificateIssuedAsync(Certificate certificate, CancellationToken cancellationToken = default)
    {
        if (!queue.IsEnabled)
        {
            return;
        }

        var course = new Names(certificate.CourseTitleMn, certificate.CourseTitleEn);
        await queue.QueueAsync($"certificate:{certificate.LearnerId}:{certificate.CourseId}:{certificate.Generation}", certificate.LearnerId,
            id => XapiStatements.CertificateIssued(id, queue.Site, certificate.LearnerId, course, certificate.CourseId, certificate.IssuedAt), cancellationToken);
    }

    private async Task<Names> CourseNamesAsync(string courseId, CancellationToken cancellationToken) =>
        await db.Courses.Where(c => c.Id == courseId).Select(c => new Names(c.TitleMn, c.TitleEn)).SingleAsync(cancellationToken);

    private async Task<Names> ModuleNamesAsync(int versionId, CancellationToken cancellationToken)
    {
        var titles = await db.ModuleVersions.Where(v => v.Id == versionId).SelectMany(v => v.Texts)
            .Select(t => new { t.Language, t.Title }).ToListAsync(cancellationToken);
        return new Names(titles.FirstOrDefault(t => t.Language == Languages.Mongolian)?.Title ?? "", titles.FirstOrDefault(t => t.Language == Languages.English)?.Title ?? "");
    }
}
