using System.Text.Json;
using System.Text.Json.Nodes;
using Dice.Lms.Infrastructure.Credentials;
using Dice.Lms.Web.Certification;
using Dice.Lms.Web.Responses;
using Dice.Lms.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// Open Badges 3.0 credentials and what a verifier fetches to check one (docs/credentials.md, the operations contract's
/// public URLs). Anyone may call these: the verification code is what gives access to a credential, as to the verify page.
/// </summary>
[AllowAnonymous]
public sealed class CredentialsController(OpenBadgeCredentials credentials, CredentialSigner signer, IStringLocalizer<SharedResource> text) : Controller
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [HttpGet("/verify/{code}/credential")]
    [EnableRateLimiting(RateLimits.Verify)]
    public async Task<IActionResult> Download(string code)
    {
        var (outcome, credential) = await credentials.FindAsync(code);
        if (credential is null)
        {
            return Refused(outcome);
        }

        Response.NeverStore();
        return File(System.Text.Encoding.ASCII.GetBytes(credentials.Sign(credential)), "application/vc+jwt", "dice-credential.jwt");
    }

    [HttpGet("/verify/{code}/credential.json")]
    [EnableRateLimiting(RateLimits.Verify)]
    public async Task<IActionResult> Decoded(string code)
    {
        var (outcome, credential) = await credentials.FindAsync(code);
        if (credential is null)
        {
            return Refused(outcome);
        }

        Response.NeverStore();
        return Json(credential, "application/vc+ld+json");
    }

    [HttpGet(CredentialSigner.KeysPath + "{keyId}")]
    public IActionResult Key(string keyId) => signer.PublicJwk(keyId) is { } jwk ? Json(jwk, "application/jwk+json") : NotFound();

    [HttpGet("/credentials/issuer")]
    public IActionResult Issuer() => Json(credentials.Issuer(), "application/ld+json");

    [HttpGet("/credentials/achievements/{courseId}")]
    public async Task<IActionResult> Achievement(string courseId) =>
        await credentials.AchievementAsync(courseId) is { } achievement ? Json(achievement, "application/ld+json") : NotFound();

    [HttpGet("/credentials/revoked")]
    public async Task<IActionResult> Revoked()
    {
        // A verifier must see a revocation at once.
        Response.NeverStore();
        return Json(await credentials.RevocationListAsync(), "application/json");
    }

    private ContentResult Json(JsonObject document, string mediaType) => Content(document.ToJsonString(Indented), mediaType + "; charset=utf-8");

    private ViewResult Refused(CredentialOutcome outcome) => outcome == CredentialOutcome.NoLongerValid
        ? this.Refuse(StatusCodes.Status410Gone, text["Credential.Refused"], text["Credential.RefusedText"], "/verify", text["Verify.Title"])
        : this.Refuse(StatusCodes.Status404NotFound, text["Verify.NotFound"], text["Verify.NotFoundText"], "/verify", text["Verify.Title"]);
}
