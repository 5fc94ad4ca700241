using System.Text.Encodings.Web;
using Dice.Lms.Domain.Audit;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Infrastructure.Audit;
using Dice.Lms.Infrastructure.Certificates;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Infrastructure.Quizzes;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Xapi;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Certification;

/// <summary>
/// Issuing, revoking and reissuing certificates: check eligibility, save the certificate with its audit line and queue
/// the learner's e-mail in the same transaction. The pages, the command line and the batch job all come here.
/// </summary>
public sealed class CertificateIssuing(
    LmsDbContext db,
    ModuleQuizzes quizzes,
    CertificateCodes codes,
    Outbox outbox,
    IStringLocalizer<SharedResource> text,
    IOptions<LmsOptions> options,
    IBackgroundJobClient jobs,
    LearningRecords records,
    AuditTrail audit,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Issues the first certificate of a learner for a course; issuing again (or twice at once) gives the one that exists.</summary>
    public async Task<IssueResult> IssueAsync(string learnerId, string courseId, string actorId, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return new IssueResult(IssueOutcome.UnknownCourse);
        }

        var learner = await db.Users.SingleOrDefaultAsync(u => u.Id == learnerId, cancellationToken);
        if (learner is null)
        {
            return new IssueResult(IssueOutcome.UnknownLearner);
        }

        if (await CurrentAsync(learnerId, courseId, cancellationToken) is { } existing)
        {
            return new IssueResult(IssueOutcome.AlreadyIssued, existing, codes.Unprotect(existing.ProtectedCode));
        }

        var eligibility = (await db.EligibilityAsync(quizzes, course, [learnerId], cancellationToken))[learnerId];
        if (!eligibility.IsEligible)
        {
            return new IssueResult(IssueOutcome.NotEligible, Eligibility: eligibility.Eligibility);
        }

        var code = VerificationCode.New();
        var content = new CertificateContent(learner.FullName, course.TitleMn, course.TitleEn, course.AreaId, eligibility.Demonstrated, options.Value.Certificates.Issuer);
        var certificate = new Certificate(learnerId, courseId, 1, content, codes.Hash(code), codes.Protect(code), actorId, Now);
        db.Certificates.Add(certificate);
        await QueueEmailAsync(learner, certificate, cancellationToken);
        await records.CertificateIssuedAsync(certificate, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Issued a moment ago by another request: the unique index kept that one, which is what was asked for.
            db.ChangeTracker.Clear();
            var winner = await CurrentAsync(learnerId, courseId, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return new IssueResult(IssueOutcome.AlreadyIssued, winner, codes.Unprotect(winner.ProtectedCode));
        }

        return new IssueResult(IssueOutcome.Issued, certificate, code, eligibility.Eligibility);
    }

    /// <summary>Issues when the course is set to issue automatically and the learner has just become eligible.</summary>
    public async Task IssueIfAutomaticAsync(string learnerId, string courseId, CancellationToken cancellationToken = default)
    {
        if (await db.Courses.AnyAsync(c => c.Id == courseId && c.IssuesCertificatesAutomatically, cancellationToken)
            && !await db.Certificates.AnyAsync(c => c.LearnerId == learnerId && c.CourseId == courseId, cancellationToken))
        {
            await IssueAsync(learnerId, courseId, Certificate.SystemActor, cancellationToken);
        }
    }

    public async Task<bool> RevokeAsync(int certificateId, string reason, string actorId, CancellationToken cancellationToken = default)
    {
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null || !certificate.Revoke(reason, actorId, Now))
        {
            return false;
        }

        audit.Add(AuditEventType.CertificateRevoked, certificate.LearnerId, $"certificate {certificate.Id} ({certificate.CourseId}): {reason.Trim()}");

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Replaces the newest certificate of a learner and course with a new one: a new code, the holder's current name and
    /// the course's current title. The old one becomes superseded (its code verifies as no longer valid).
    /// </summary>
    public async Task<IssueResult> ReissueAsync(int certificateId, string actorId, string? reason, CancellationToken cancellationToken = default)
    {
        var old = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId && c.Status != CertificateStatus.Superseded, cancellationToken);
        var learner = old is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == old.LearnerId, cancellationToken);
        var course = old is null ? null : await db.Courses.SingleOrDefaultAsync(c => c.Id == old.CourseId, cancellationToken);
        if (old is null || learner is null || course is null)
        {
            return new IssueResult(IssueOutcome.UnknownCertificate);
        }

        var demonstrated = (await db.EligibilityAsync(quizzes, course, [learner.Id], cancellationToken))[learner.Id].Demonstrated;
        var code = VerificationCode.New();
        var content = new CertificateContent(learner.FullName, course.TitleMn, course.TitleEn, course.AreaId,
            demonstrated > old.Level ? demonstrated : old.Level, options.Value.Certificates.Issuer);
        var next = old.Reissue(content, codes.Hash(code), codes.Protect(code), actorId, Now, reason);
        db.Certificates.Add(next);
        await QueueEmailAsync(learner, next, cancellationToken);
        await records.CertificateIssuedAsync(next, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Reissued by another request a moment ago: that one stands.
            db.ChangeTracker.Clear();
            var winner = await CurrentAsync(learner.Id, course.Id, cancellationToken);
            return new IssueResult(IssueOutcome.AlreadyIssued, winner, winner is null ? null : codes.Unprotect(winner.ProtectedCode));
        }

        return new IssueResult(IssueOutcome.Issued, next, code);
    }

    /// <summary>
    /// Issues to every eligible member of the cohort without a certificate for the course: here and now for a few, or
    /// as a background job with progress for more than Lms:Certificates:BackgroundBatchSize. Returns the number issued
    /// now, or the batch started.
    /// </summary>
    public async Task<(int Issued, CertificateBatch? Batch)> IssueAllAsync(int cohortId, string courseId, string actorId, CancellationToken cancellationToken = default)
    {
        var waiting = await EligibleWithoutCertificateAsync(cohortId, courseId, cancellationToken);
        if (waiting.Count > options.Value.Certificates.BackgroundBatchSize)
        {
            var batch = new CertificateBatch(cohortId, courseId, waiting.Count, actorId, Now);
            db.CertificateBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            jobs.Enqueue<CertificateBatchJob>(job => job.RunAsync(batch.Id, CancellationToken.None));
            return (0, batch);
        }

        var issued = 0;
        foreach (var learnerId in waiting)
        {
            if ((await IssueAsync(learnerId, courseId, actorId, cancellationToken)).Outcome == IssueOutcome.Issued)
            {
                issued++;
            }
        }

        return (issued, null);
    }

    /// <summary>Members of the cohort who completed the course and have no certificate for it yet.</summary>
    public async Task<List<string>> EligibleWithoutCertificateAsync(int cohortId, string courseId, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.SingleAsync(c => c.Id == courseId, cancellationToken);
        var members = await db.Cohorts.Where(c => c.Id == cohortId).SelectMany(c => c.Members.Select(m => m.LearnerId))
            .Where(id => !db.Certificates.Any(c => c.LearnerId == id && c.CourseId == courseId))
            .ToListAsync(cancellationToken);
        var eligibility = await db.EligibilityAsync(quizzes, course, members, cancellationToken);
        return [.. members.Where(id => eligibility[id].IsEligible)];
    }

    private Task<Certificate?> CurrentAsync(string learnerId, string courseId, CancellationToken cancellationToken) =>
        db.Certificates.Where(c => c.LearnerId == learnerId && c.CourseId == courseId).OrderByDescending(c => c.Generation).FirstOrDefaultAsync(cancellationToken);

    private async Task QueueEmailAsync(LmsUser learner, Certificate certificate, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(learner.Email))
        {
            return;
        }

        var link = options.Value.PublicBaseUrl.TrimEnd('/') + "/my/certificates";
        using var culture = new UiCulture(learner.PreferredLanguage);
        var subject = text["Email.Certificate.Subject"].Value;
        var greeting = text["Email.Greeting", learner.FullName].Value;
        var body = text["Email.Certificate.Body", certificate.CourseTitle(learner.PreferredLanguage)].Value;
        var action = text["Email.Certificate.Action"].Value;
        var plain = $"{greeting}\n\n{body}\n\n{link}\n";
        var encoder = HtmlEncoder.Default;
        var html = $"""
            <!DOCTYPE html><html lang="{learner.PreferredLanguage}"><body>
            <p>{encoder.Encode(greeting)}</p><p>{encoder.Encode(body)}</p>
            <p><a href="{encoder.Encode(link)}">{encoder.Encode(action)}</a></p>
            </body></html>
            """;
        await outbox.QueueAsync($"certificate:{learner.Id}:{certificate.CourseId}:{certificate.Generation}", learner.Email, learner.FullName, subject, plain, html,
            "certificate", learner.Id, cancellationToken);
    }
}
