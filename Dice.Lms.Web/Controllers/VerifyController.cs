using Dice.Lms.Domain;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Infrastructure.Certificates;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Responses;
using Dice.Lms.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// Anyone checks a certificate by its code: valid or not, holder, course, date and issuer, and nothing else. Every code,
/// well-formed or not, takes the same path (one HMAC and one lookup of a unique index) so the answer's timing says
/// nothing about what exists; requests are limited per IP address (Lms:Certificates:VerifyRequestsPerMinute).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Verify)]
public sealed class VerifyController(LmsDbContext db, CertificateCodes codes, IStringLocalizer<SharedResource> text) : Controller
{
    private const int MaxInput = 64;

    [HttpGet("/verify")]
    public Task<IActionResult> Form(string? code) => code is null ? Task.FromResult<IActionResult>(View("Index", new VerifyViewModel(null, null))) : Check(code);

    [HttpGet("/verify/{code}")]
    public async Task<IActionResult> Check(string code)
    {
        var typed = code.Length > MaxInput ? code[..MaxInput] : code;
        var normalized = VerificationCode.Normalize(typed);
        // A malformed code is hashed too, and looked up: not-found costs the same whatever was typed.
        var hash = codes.Hash(normalized ?? typed);
        var found = await db.Certificates.Where(c => c.CodeHash == hash)
            .Select(c => new { c.Status, c.HolderName, c.CourseTitleMn, c.CourseTitleEn, c.IssuedAt, c.Issuer })
            .SingleOrDefaultAsync();
        Response.NeverStore();
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (found is null)
        {
            // The page itself is the answer: no status-code page in its place.
            HttpContext.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Index", new VerifyViewModel(typed, null));
        }

        var language = HttpContext.Language();
        var status = found.Status switch
        {
            CertificateStatus.Valid => text["Verify.Valid"].Value,
            CertificateStatus.Superseded => text["Verify.Superseded"].Value,
            _ => text["Verify.Revoked"].Value,
        };
        return View("Index", new VerifyViewModel(typed, new VerifiedCertificate(status, found.Status == CertificateStatus.Valid, found.HolderName,
            language == Languages.English ? found.CourseTitleEn : found.CourseTitleMn, found.IssuedAt, found.Issuer)));
    }
}
