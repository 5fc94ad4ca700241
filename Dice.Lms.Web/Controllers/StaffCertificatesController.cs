using Dice.Lms.Domain;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Certificates;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Quizzes;
using Dice.Lms.Web.Certification;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Responses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>Staff issue, revoke and reissue certificates per cohort and course.</summary>
[Authorize(Roles = Roles.StaffOrAdmin)]
[Route("staff/certificates")]
public sealed class StaffCertificatesController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    ModuleQuizzes quizzes,
    CertificateIssuing issuing,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var language = HttpContext.Language();
        var links = await (
            from cohort in db.Cohorts
            from assigned in cohort.Courses
            join course in db.Courses on assigned.CourseId equals course.Id
            orderby cohort.Name, course.Id
            select new { CohortId = cohort.Id, cohort.Name, CourseId = course.Id, course.TitleMn, course.TitleEn })
            .ToListAsync();
        return View(new StaffCertificatesIndexViewModel([.. links.Select(l => new CohortCourseLink(l.CohortId, l.Name, l.CourseId, language == Languages.English ? l.TitleEn : l.TitleMn))]));
    }

    [HttpGet("{cohortId:int}/{courseId}")]
    public async Task<IActionResult> Cohort(int cohortId, string courseId)
    {
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId && c.Courses.Any(a => a.CourseId == courseId)).Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync();
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId);
        if (cohort is null || course is null)
        {
            return NotFound();
        }

        var language = HttpContext.Language();
        var members = await db.Cohorts.Where(c => c.Id == cohortId).SelectMany(c => c.Members)
            .Join(db.Users, m => m.LearnerId, u => u.Id, (m, u) => new { u.Id, u.FullName, u.Email })
            .OrderBy(u => u.FullName).ToListAsync();
        var memberIds = members.Select(m => m.Id).ToList();
        var certificates = (await db.Certificates.Where(c => c.CourseId == courseId && memberIds.Contains(c.LearnerId) && c.Status != CertificateStatus.Superseded)
            .ToListAsync()).ToDictionary(c => c.LearnerId);
        var eligibility = await db.EligibilityAsync(quizzes, course, memberIds);
        var rows = members.Select(m =>
        {
            var certificate = certificates.GetValueOrDefault(m.Id);
            var state = certificate switch
            {
                { IsValid: true } => CertificateState.Issued,
                not null => CertificateState.Revoked,
                null when eligibility[m.Id].IsEligible => CertificateState.Eligible,
                _ => CertificateState.NotYet,
            };
            var missing = state == CertificateState.NotYet ? eligibility[m.Id].Eligibility.Missing.Select(Describe).ToList() : [];
            return new LearnerCertificateRow(m.Id, m.FullName, m.Email ?? "", state, certificate?.Id, certificate?.IssuedAt, certificate?.RevokeReason, missing);
        }).ToList();

        var batch = await db.CertificateBatches.Where(b => b.CohortId == cohortId && b.CourseId == courseId).OrderByDescending(b => b.Id)
            .Select(b => new BatchProgress(b.Total, b.Done, b.FinishedAt != null, b.RequestedAt)).FirstOrDefaultAsync();
        var audit = await (
            from entry in db.CertificateAudit
            join certificate in db.Certificates on entry.CertificateId equals certificate.Id
            where certificate.CourseId == courseId && memberIds.Contains(certificate.LearnerId)
            orderby entry.At descending, entry.Id descending
            select new { entry.At, entry.Action, entry.ActorId, certificate.HolderName, entry.Reason })
            .Take(20).ToListAsync();
        var actorIds = audit.Select(a => a.ActorId).Distinct().ToList();
        var actors = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName);
        Response.NeverStore();
        return View(new CohortCertificatesViewModel(cohort.Id, cohort.Name, course.Id, course.Title(language), course.IssuesCertificatesAutomatically, batch, rows,
            [.. audit.Select(a => new AuditRow(a.At, text["Certificates.Action." + a.Action].Value,
                actors.GetValueOrDefault(a.ActorId)
                    ?? (a.ActorId is Certificate.SystemActor or Certificate.CommandLineActor ? text["Certificates.Actor." + a.ActorId].Value : "—"), a.HolderName, a.Reason))]));
    }

    [HttpPost("{cohortId:int}/{courseId}/issue")]
    public async Task<IActionResult> Issue(int cohortId, string courseId, string learnerId)
    {
        if (!await IsMemberAsync(cohortId, courseId, learnerId))
        {
            return NotFound();
        }

        var result = await issuing.IssueAsync(learnerId, courseId, users.GetUserId(User)!);
        TempData["Notice"] = result.Outcome switch
        {
            IssueOutcome.Issued => text["Certificates.IssuedOne"].Value,
            IssueOutcome.AlreadyIssued => text["Certificates.AlreadyIssued"].Value,
            _ => text["Certificates.NotEligible"].Value,
        };
        return RedirectToAction(nameof(Cohort), new { cohortId, courseId });
    }

    [HttpPost("{cohortId:int}/{courseId}/issue-all")]
    public async Task<IActionResult> IssueAll(int cohortId, string courseId)
    {
        if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId && c.Courses.Any(a => a.CourseId == courseId)))
        {
            return NotFound();
        }

        var (issued, batch) = await issuing.IssueAllAsync(cohortId, courseId, users.GetUserId(User)!);
        TempData["Notice"] = batch is null ? text["Certificates.IssuedMany", issued].Value : text["Certificates.BatchStarted", batch.Total].Value;
        return RedirectToAction(nameof(Cohort), new { cohortId, courseId });
    }

    [HttpPost("{cohortId:int}/{courseId}/automatic")]
    public async Task<IActionResult> Automatic(int cohortId, string courseId, bool automatic)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId);
        if (course is null || !await db.Cohorts.AnyAsync(c => c.Id == cohortId && c.Courses.Any(a => a.CourseId == courseId)))
        {
            return NotFound();
        }

        course.IssueCertificatesAutomatically(automatic);
        await db.SaveChangesAsync();
        TempData["Notice"] = text[automatic ? "Certificates.AutomaticOn" : "Certificates.AutomaticOff"].Value;
        return RedirectToAction(nameof(Cohort), new { cohortId, courseId });
    }

    /// <summary>Revoking asks for a reason on a page of its own that says a revoked certificate stays revoked.</summary>
    [HttpGet("{cohortId:int}/{courseId}/{certificateId:int}/revoke")]
    public async Task<IActionResult> ConfirmRevoke(int cohortId, string courseId, int certificateId, string? reason = null, string? error = null)
    {
        var certificate = await IsCertificateOfCohortAsync(cohortId, courseId, certificateId)
            ? await db.Certificates.Where(c => c.Id == certificateId).Select(c => new { c.HolderName, c.CourseTitleMn, c.CourseTitleEn }).SingleAsync()
            : null;
        if (certificate is null)
        {
            return NotFound();
        }

        var basePath = $"/staff/certificates/{cohortId}/{courseId}";
        return this.Confirm(new ConfirmViewModel(text["Certificates.Revoke.Title"].Value,
            text["Certificates.Revoke.Text", certificate.HolderName, HttpContext.Language() == "en" ? certificate.CourseTitleEn : certificate.CourseTitleMn].Value,
            text["Certificates.Revoke.CannotUndo"].Value, $"{basePath}/{certificateId}/revoke", text["Certificates.Revoke"].Value, basePath)
        {
            ReasonLabel = text["Certificates.RevokeReason"].Value,
            Reason = reason,
            Error = error,
        });
    }

    [HttpPost("{cohortId:int}/{courseId}/{certificateId:int}/revoke")]
    public async Task<IActionResult> Revoke(int cohortId, string courseId, int certificateId, string? reason)
    {
        if (!await IsCertificateOfCohortAsync(cohortId, courseId, certificateId))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Certificate.ReasonMaxLength)
        {
            return await ConfirmRevoke(cohortId, courseId, certificateId, reason, text["Certificates.ReasonRequired"].Value);
        }

        var revoked = await issuing.RevokeAsync(certificateId, reason, users.GetUserId(User)!);
        TempData["Notice"] = text[revoked ? "Certificates.RevokedOne" : "Certificates.NotRevoked"].Value;
        return RedirectToAction(nameof(Cohort), new { cohortId, courseId });
    }

    [HttpPost("{cohortId:int}/{courseId}/{certificateId:int}/reissue")]
    public async Task<IActionResult> Reissue(int cohortId, string courseId, int certificateId, string? reason)
    {
        if (!await IsCertificateOfCohortAsync(cohortId, courseId, certificateId))
        {
            return NotFound();
        }

        var result = await issuing.ReissueAsync(certificateId, users.GetUserId(User)!, reason?.Length > Certificate.ReasonMaxLength ? reason[..Certificate.ReasonMaxLength] : reason);
        TempData["Notice"] = text[result.Outcome == IssueOutcome.Issued ? "Certificates.Reissued" : "Certificates.AlreadyIssued"].Value;
        return RedirectToAction(nameof(Cohort), new { cohortId, courseId });
    }

    private string Describe(MissingRequirement missing) => missing.Kind switch
    {
        MissingKind.ModuleNotCompleted => text["Certificates.Missing.Module", missing.ModuleTitle ?? ""].Value,
        MissingKind.QuizNotPassed => text["Certificates.Missing.Quiz", missing.ModuleTitle ?? ""].Value,
        MissingKind.LevelNotReached => text["Certificates.Missing.Level", missing.Level?.Name(HttpContext.Language()) ?? ""].Value,
        _ => text["Certificates.Missing.NoModules"].Value,
    };

    private Task<bool> IsMemberAsync(int cohortId, string courseId, string learnerId) =>
        db.Cohorts.AnyAsync(c => c.Id == cohortId && c.Courses.Any(a => a.CourseId == courseId) && c.Members.Any(m => m.LearnerId == learnerId));

    private Task<bool> IsCertificateOfCohortAsync(int cohortId, string courseId, int certificateId) =>
        db.Certificates.AnyAsync(cert => cert.Id == certificateId && cert.CourseId == courseId
            && db.Cohorts.Any(c => c.Id == cohortId && c.Courses.Any(a => a.CourseId == courseId) && c.Members.Any(m => m.LearnerId == cert.LearnerId)));
}
