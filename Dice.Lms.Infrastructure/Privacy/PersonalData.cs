using System.Text.Encodings.Web;
using System.Text.Json;
using Dice.Lms.Domain.Audit;
using Dice.Lms.Domain.Privacy;
using Dice.Lms.Infrastructure.Audit;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Privacy;

/// <summary>
/// A person's rights over their data (docs/privacy.md): a copy of everything the site holds about them, and erasure
/// that keeps anonymous learning records for the cohort statistics but nothing that names or reaches the person.
/// </summary>
public sealed class PersonalData(LmsDbContext db, AuditTrail audit, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Mongolian names stay readable in the file instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Everything about one user, as JSON; null for an unknown or erased account.</summary>
    public async Task<string?> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.ErasedAt == null, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var organization = await db.Organizations.Where(o => o.Id == user.OrganizationId).Select(o => new { o.Name, o.Location }).SingleOrDefaultAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles where ur.UserId == userId join r in db.Roles on ur.RoleId equals r.Id select r.Name).ToListAsync(cancellationToken);
        var cohorts = await (from c in db.Cohorts from m in c.Members where m.LearnerId == userId select new { cohort = c.Name, joinedAt = m.JoinedAt }).ToListAsync(cancellationToken);
        var enrollments = await db.Enrollments.Where(e => e.LearnerId == userId).OrderBy(e => e.EnrolledAt)
            .Select(e => new { course = e.CourseId, e.EnrolledAt, e.DueDate, e.CompletedAt }).ToListAsync(cancellationToken);
        var progress = await db.ModuleProgress.Where(p => p.LearnerId == userId).OrderBy(p => p.FirstVisitedAt)
            .Select(p => new { module = p.ModuleId, p.FirstVisitedAt, p.LastVisitedAt, p.CompletedAt }).ToListAsync(cancellationToken);
        var attempts = await db.QuizAttempts.Where(a => a.LearnerId == userId).OrderBy(a => a.StartedAt)
            .Select(a => new { module = a.ModuleId, a.Number, a.Language, a.StartedAt, a.SubmittedAt, a.Percent, a.Passed, a.Answers }).ToListAsync(cancellationToken);
        var assessments = await db.SelfAssessments.Where(s => s.LearnerId == userId).OrderBy(s => s.TakenAt)
            .Select(s => new { s.Kind, s.TakenAt, s.Levels }).ToListAsync(cancellationToken);
        var emails = await db.OutboxEmails.Where(e => e.UserId == userId || e.ToAddress == user.Email).OrderBy(e => e.CreatedAt)
            .Select(e => new { e.Kind, e.Subject, e.ToAddress, e.Status, e.CreatedAt, e.SentAt }).ToListAsync(cancellationToken);
        var certificates = await db.Certificates.Where(c => c.LearnerId == userId).OrderBy(c => c.IssuedAt)
            .Select(c => new { course = c.CourseId, c.HolderName, c.IssuedAt, c.Issuer, c.Level, c.Status, c.RevokedAt, c.RevokeReason }).ToListAsync(cancellationToken);
        var requests = await db.ErasureRequests.Where(r => r.UserId == userId).Select(r => new { r.RequestedAt, r.CompletedAt }).ToListAsync(cancellationToken);
        // Events about the person in full; events where they acted on someone else without that person's details.
        var events = await db.AuditEvents.Where(e => e.SubjectId == userId || e.ActorId == userId).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new { e.OccurredAt, e.Type, e.SubjectId, e.ActorId, e.Target, e.ClientAddress }).ToListAsync(cancellationToken);

        return JsonSerializer.Serialize(new
        {
            exportedAt = clock.GetUtcNow().UtcDateTime,
            account = new
            {
                user.Id, user.Email, user.FullName, user.PhoneNumber, user.EmailConfirmed, user.PreferredLanguage, user.CreatedAt, user.IsSuspended,
                organization = organization?.Name, location = organization?.Location, roles,
            },
            cohorts,
            enrollments,
            moduleProgress = progress,
            quizAttempts = attempts.Select(a => new
            {
                a.module, a.Number, a.Language, a.StartedAt, a.SubmittedAt, a.Percent, a.Passed,
                answers = JsonDocument.Parse(string.IsNullOrWhiteSpace(a.Answers) ? "{}" : a.Answers).RootElement,
            }),
            selfAssessments = assessments.Select(s => new { kind = s.Kind.ToString().ToLowerInvariant(), s.TakenAt, levels = s.Levels }),
            certificates = certificates.Select(c => new
            {
                c.course, c.HolderName, c.IssuedAt, c.Issuer, level = c.Level.ToString().ToLowerInvariant(), status = c.Status.ToString().ToLowerInvariant(), c.RevokedAt, c.RevokeReason,
            }),
            emails = emails.Select(e => new { e.Kind, e.Subject, to = e.ToAddress, status = e.Status.ToString().ToLowerInvariant(), e.CreatedAt, e.SentAt }),
            erasureRequests = requests,
            securityEvents = events.Select(e => e.SubjectId == userId
                ? new { e.OccurredAt, type = e.Type.ToString(), about = "you", byYou = e.ActorId == userId, e.Target, e.ClientAddress }
                : new { e.OccurredAt, type = e.Type.ToString(), about = "another account", byYou = true, Target = (string?)null, e.ClientAddress }),
        }, Json);
    }

    /// <summary>Asks for erasure; asking again while a request is open changes nothing.</summary>
    public async Task RequestErasureAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (!await db.ErasureRequests.AnyAsync(r => r.UserId == userId && r.CompletedAt == null, cancellationToken))
        {
            db.ErasureRequests.Add(new ErasureRequest(userId, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The person changed their mind before staff acted: the open request goes; false when there was none.</summary>
    public async Task<bool> WithdrawErasureAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.ErasureRequests.Where(r => r.UserId == userId && r.CompletedAt == null).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>
    /// Carries out an open request in one transaction: the account loses its name, address, password and sign-in, and
    /// e-mails to the person and their queued xAPI statements are deleted; attempts, progress and self-assessments stay under the now nameless account
    /// so the cohort's counts do not change. Returns false when the request is unknown or already done.
    /// </summary>
    public async Task<bool> EraseAsync(int requestId, string staffUserId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.ErasureRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || request.IsCompleted)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken);
        if (user is not null)
        {
            var address = user.Email;
            await db.OutboxEmails.Where(e => e.UserId == user.Id || e.ToAddress == address).ExecuteDeleteAsync(cancellationToken);
            // Queued learning records go too, sent or not: none is sent after the erasure.
            await db.XapiStatements.Where(s => s.LearnerId == user.Id).ExecuteDeleteAsync(cancellationToken);
            await db.UserLogins.Where(l => l.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
            await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
            await db.UserClaims.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
            await db.AccountSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
            foreach (var certificate in await db.Certificates.Where(c => c.LearnerId == user.Id).ToListAsync(cancellationToken))
            {
                certificate.EraseHolder(staffUserId, now);
            }

            await audit.ForgetPersonAsync(user.Id, address, cancellationToken);
            audit.Add(AuditEventType.Erased, user.Id, $"erasure request {request.Id}");
            Anonymise(user, now);
        }

        request.Complete(staffUserId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static void Anonymise(LmsUser user, DateTime now)
    {
        var placeholder = $"erased-{user.Id}@erased.invalid";
        user.FullName = "";
        user.Email = user.UserName = placeholder;
        user.NormalizedEmail = user.NormalizedUserName = placeholder.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.PasswordHash = null;
        // A new stamp ends every session at its next request; the lockout and suspension keep the account closed.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.IsSuspended = true;
        user.ErasedAt = now;
    }
}
