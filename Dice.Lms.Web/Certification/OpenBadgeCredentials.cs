using System.Globalization;
using System.Text.Json.Nodes;
using Dice.Lms.Domain;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Certificates;
using Dice.Lms.Infrastructure.Credentials;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Certification;

/// <summary>
/// A certificate as an Open Badges 3.0 credential (docs/credentials.md), and the public documents a verifier reads
/// beside it: the issuer profile, the achievement of each course and the list of revoked credentials.
/// </summary>
/// <remarks>
/// The credential is built afresh on each request from what the certificate copied at issue, so it needs no storage:
/// its id is derived from the certificate, and the salt of the e-mail hash from the certificate code key.
/// </remarks>
public sealed class OpenBadgeCredentials(
    LmsDbContext db,
    CertificateCodes codes,
    CredentialSigner signer,
    IStringLocalizer<SharedResource> text,
    IOptions<LmsOptions> options)
{
    /// <summary>The language of the texts a credential carries: the courses are written in Mongolian first.</summary>
    public const string Language = Languages.Mongolian;

    public static readonly string[] Contexts = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

    private string Site => options.Value.PublicBaseUrl.TrimEnd('/');

    public string IssuerUrl => Site + "/credentials/issuer";

    public string RevocationListUrl => Site + "/credentials/revoked";

    public string AchievementUrl(string courseId) => Site + "/credentials/achievements/" + Uri.EscapeDataString(courseId);

    /// <summary>The credential of the certificate with this code, or why there is none.</summary>
    public async Task<(CredentialOutcome Outcome, JsonObject? Credential)> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        var typed = code.Length > 64 ? code[..64] : code;
        // A malformed code is looked up too, as on the verify page: not-found costs the same whatever was typed.
        var hash = codes.Hash(VerificationCode.Normalize(typed) ?? typed);
        var found = await db.Certificates.Where(c => c.CodeHash == hash)
            .Select(c => new { Certificate = c, Email = db.Users.Where(u => u.Id == c.LearnerId).Select(u => u.Email).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return (CredentialOutcome.NotFound, null);
        }

        if (!found.Certificate.IsValid || string.IsNullOrWhiteSpace(found.Email))
        {
            return (CredentialOutcome.NoLongerValid, null);
        }

        var achievement = await AchievementAsync(found.Certificate.CourseId, cancellationToken)
            ?? throw new InvalidOperationException($"Certificate {found.Certificate.Id} names course {found.Certificate.CourseId}, which does not exist.");
        return (CredentialOutcome.Valid, Credential(found.Certificate, found.Email, achievement));
    }

    public string Sign(JsonObject credential) => signer.Sign(credential);

    /// <summary>The issuer as an Open Badges Profile: what the credential's issuer id returns.</summary>
    public JsonObject Issuer() => new()
    {
        ["@context"] = new JsonArray([.. Contexts.Select(c => JsonValue.Create(c))]),
        ["id"] = IssuerUrl,
        ["type"] = new JsonArray("Profile"),
        ["name"] = options.Value.Certificates.Issuer,
        ["url"] = Site + "/",
    };

    /// <summary>The achievement a course's certificate stands for, with one alignment per competence its modules teach.</summary>
    public async Task<JsonObject?> AchievementAsync(string courseId, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return null;
        }

        var taught = await db.Modules.Where(m => m.CourseId == courseId && m.ArchivedAt == null && m.CurrentVersionId != null)
            .Join(db.ModuleVersions, m => m.CurrentVersionId, v => v.Id, (m, v) => v.Competences)
            .ToListAsync(cancellationToken);
        var competences = taught.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(CompetenceAreas.IsCompetenceCode).Distinct().Order(StringComparer.Ordinal);
        using var culture = new UiCulture(Language);
        var criteria = course.Completion == CompletionRule.ModulesAndQuizzes
            ? text["Credential.Criteria.ModulesAndQuizzes", course.PassMark].Value
            : text["Credential.Criteria.Modules"].Value;
        return new JsonObject
        {
            ["id"] = AchievementUrl(course.Id),
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "CertificateOfCompletion",
            ["name"] = course.Title(Language),
            ["description"] = string.IsNullOrWhiteSpace(course.Description(Language)) ? course.Title(Language) : course.Description(Language),
            ["criteria"] = new JsonObject { ["narrative"] = criteria },
            ["inLanguage"] = Language,
            ["alignment"] = new JsonArray([.. competences.Select(code => (JsonNode)new JsonObject
            {
                ["type"] = new JsonArray("Alignment"),
                ["targetType"] = "CFItem",
                ["targetFramework"] = DigCompCompetences.Framework(code),
                ["targetCode"] = code,
                ["targetName"] = DigCompCompetences.Name(code),
                ["targetUrl"] = DigCompCompetences.FrameworkUrl(code),
            })]),
        };
    }

    /// <summary>
    /// 1EdTech's revocation list (the "1EdTechRevocationList" status method): the ids of every credential no longer
    /// valid, revoked or replaced by a reissue. Reasons stay out: they may name the holder.
    /// </summary>
    public async Task<JsonObject> RevocationListAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db.Certificates.Where(c => c.Status != CertificateStatus.Valid).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        return new JsonObject
        {
            ["id"] = RevocationListUrl,
            ["issuer"] = IssuerUrl,
            ["revokedCredentials"] = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = CredentialUrn(id) })]),
        };
    }

    private string CredentialUrn(int certificateId) => "urn:uuid:" + CredentialIdentity.CredentialId(Site, certificateId);

    private JsonObject Credential(Certificate certificate, string email, JsonObject achievement)
    {
        // A salt per certificate that nobody can compute without the code key: the hash cannot be looked up in a table
        // of hashed addresses, while the holder (who knows the address and sees the salt) can show it is theirs.
        var salt = Convert.ToHexStringLower(codes.Hash("CREDENTIAL-SALT-" + certificate.Id.ToString(CultureInfo.InvariantCulture)).AsSpan(0, 16));
        achievement["name"] = certificate.CourseTitle(Language);
        return new JsonObject
        {
            ["@context"] = new JsonArray([.. Contexts.Select(c => JsonValue.Create(c))]),
            ["id"] = CredentialUrn(certificate.Id),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = IssuerUrl, ["type"] = new JsonArray("Profile"), ["name"] = certificate.Issuer, ["url"] = Site + "/" },
            ["validFrom"] = DateTime.SpecifyKind(certificate.IssuedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["name"] = certificate.CourseTitle(Language),
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityType"] = "emailAddress",
                    ["hashed"] = true,
                    ["identityHash"] = CredentialIdentity.EmailHash(email, salt),
                    ["salt"] = salt,
                }),
                ["achievement"] = achievement,
            },
            ["credentialStatus"] = new JsonObject { ["id"] = RevocationListUrl, ["type"] = "1EdTechRevocationList" },
            ["credentialSchema"] = new JsonArray(new JsonObject
            {
                ["id"] = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                ["type"] = "1EdTechJsonSchemaValidator2019",
            }),
        };
    }
}
