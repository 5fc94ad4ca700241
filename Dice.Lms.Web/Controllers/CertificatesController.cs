using Dice.Lms.Domain.Certificates;
using Dice.Lms.Infrastructure.Certificates;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Infrastructure.Time;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Responses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Controllers;

/// <summary>A learner's certificates and their PDFs. A PDF is for its holder, staff and administrators; anyone else gets 404.</summary>
[Authorize]
public sealed class CertificatesController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    CertificateCodes codes,
    CertificatePdf pdf,
    LocalTime localTime,
    IOptions<LmsOptions> options) : Controller
{
    [HttpGet("/my/certificates")]
    public async Task<IActionResult> Mine()
    {
        var userId = users.GetUserId(User)!;
        var language = HttpContext.Language();
        var certificates = await db.Certificates.Where(c => c.LearnerId == userId && c.Status != CertificateStatus.Superseded)
            .OrderByDescending(c => c.IssuedAt).ToListAsync();
        Response.NeverStore();
        return View(new MyCertificatesViewModel([.. certificates.Select(c => new MyCertificateRow(c.Id, c.CourseTitle(language), c.IssuedAt,
            VerificationCode.Format(codes.Unprotect(c.ProtectedCode)), c.IsValid, c.RevokeReason))]));
    }

    /// <summary>Drawn on demand from the database; never kept as a file.</summary>
    [HttpGet("/certificates/{id:int}/pdf")]
    public async Task<IActionResult> Pdf(int id)
    {
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Id == id);
        var staff = User.IsInRole(Roles.Staff) || User.IsInRole(Roles.Admin);
        if (certificate is null || (certificate.LearnerId != users.GetUserId(User) && !staff))
        {
            return NotFound();
        }

        if (certificate.LearnerId == users.GetUserId(User) && certificate.DownloadedAt is null)
        {
            certificate.MarkDownloaded(DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var code = codes.Unprotect(certificate.ProtectedCode);
        var bytes = pdf.Render(new CertificateDocument(certificate.HolderName, certificate.CourseTitleMn, certificate.CourseTitleEn, certificate.AreaId,
            certificate.Level, localTime.Day(certificate.IssuedAt), certificate.Issuer, code, VerifyUrl(options.Value, code)));
        Response.NeverStore();
        return File(bytes, "application/pdf", $"certificate-{certificate.CourseId}-{certificate.Id}.pdf");
    }

    /// <summary>What the QR code and the printed link point at.</summary>
    public static string VerifyUrl(LmsOptions options, string code) => $"{options.PublicBaseUrl.TrimEnd('/')}/verify/{VerificationCode.Format(code)}";
}
