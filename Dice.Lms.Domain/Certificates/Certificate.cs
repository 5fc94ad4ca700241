using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Certificates;

/// <summary>
/// A certificate of course completion. What it says (holder, course title, area, level, issuer) is copied at issue, so
/// the printed document and the verification page stay the same when a name or a title changes later; reissuing takes
/// a fresh copy. The verification code itself is never stored in the clear (see <c>CertificateCodes</c>).
/// </summary>
/// <remarks>
/// One certificate per learner and course at a time: the unique index on (learner, course, generation) lets only one of
/// two simultaneous issues (generation 1) or reissues (generation n + 1) through. A reissue supersedes the old
/// certificate, whose code then verifies as no longer valid.
/// </remarks>
public sealed class Certificate
{
    public const int ReasonMaxLength = 500;
    public const int NameMaxLength = 256;
    public const string SystemActor = "system";
    public const string CommandLineActor = "cli";

    private readonly List<CertificateAuditEntry> _audit = [];

    public Certificate(string learnerId, string courseId, int generation, CertificateContent content, byte[] codeHash, byte[] protectedCode,
        string issuedBy, DateTime issuedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(learnerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(courseId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.HolderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuedBy);
        ArgumentOutOfRangeException.ThrowIfLessThan(generation, 1);
        if (codeHash is not { Length: 32 })
        {
            throw new ArgumentException("A code hash is 32 bytes (HMAC-SHA256).", nameof(codeHash));
        }

        LearnerId = learnerId;
        CourseId = courseId;
        Generation = generation;
        HolderName = content.HolderName.Trim();
        CourseTitleMn = content.CourseTitleMn;
        CourseTitleEn = content.CourseTitleEn;
        AreaId = content.AreaId;
        Level = content.Level;
        Issuer = content.Issuer.Trim();
        CodeHash = codeHash;
        ProtectedCode = protectedCode;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
        _audit.Add(new CertificateAuditEntry(generation == 1 ? CertificateAction.Issued : CertificateAction.Reissued, issuedBy, issuedAt, null));
    }

    // For EF Core.
    private Certificate()
    {
        LearnerId = CourseId = HolderName = CourseTitleMn = CourseTitleEn = AreaId = Issuer = IssuedBy = "";
        CodeHash = ProtectedCode = [];
    }

    public int Id { get; private set; }

    public string LearnerId { get; private set; }

    public string CourseId { get; private set; }

    /// <summary>1 for the first certificate of a learner and course, one more for each reissue.</summary>
    public int Generation { get; private set; }

    public string HolderName { get; private set; }

    public string CourseTitleMn { get; private set; }

    public string CourseTitleEn { get; private set; }

    public string AreaId { get; private set; }

    /// <summary>The level the learner had demonstrated in the course's area when the certificate was issued.</summary>
    public ProficiencyLevel Level { get; private set; }

    /// <summary>The issuing organisation's name (Lms:Certificates:Issuer at the time).</summary>
    public string Issuer { get; private set; }

    /// <summary>HMAC-SHA256 of the normalised code under the server's key: what a verification looks up.</summary>
    public byte[] CodeHash { get; private set; }

    /// <summary>The code encrypted under the server's key, so that the PDF can be drawn again on demand.</summary>
    public byte[] ProtectedCode { get; private set; }

    public string IssuedBy { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public CertificateStatus Status { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public string? RevokeReason { get; private set; }

    public IReadOnlyCollection<CertificateAuditEntry> Audit => _audit;

    public bool IsValid => Status == CertificateStatus.Valid;

    /// <summary>When the holder first downloaded it; until then a "certificate ready" reminder may go out.</summary>
    public DateTime? DownloadedAt { get; private set; }

    public void MarkDownloaded(DateTime now) => DownloadedAt ??= now;

    public string CourseTitle(string language) => language == Languages.English ? CourseTitleEn : CourseTitleMn;

    /// <summary>Withdraws a valid certificate; revoking one that is no longer valid changes nothing and returns false.</summary>
    public bool Revoke(string reason, string revokedBy, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(revokedBy);
        if (!IsValid)
        {
            return false;
        }

        reason = reason.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, ReasonMaxLength, nameof(reason));
        Status = CertificateStatus.Revoked;
        RevokedAt = now;
        RevokedBy = revokedBy;
        RevokeReason = reason;
        _audit.Add(new CertificateAuditEntry(CertificateAction.Revoked, revokedBy, now, reason));
        return true;
    }

    /// <summary>
    /// The holder asked for their personal data to be erased (docs/privacy.md): a valid certificate is revoked, and the
    /// name goes from every generation, so the verify page says revoked and names nobody.
    /// </summary>
    public void EraseHolder(string erasedBy, DateTime now)
    {
        Revoke(ErasedReason, erasedBy, now);
        HolderName = "";
    }

    public const string ErasedReason = "Erased at the holder's request";

    /// <summary>
    /// Replaces this certificate (valid or revoked) by a new one with a new code and fresh content; this one becomes
    /// superseded. Only the newest generation can be reissued.
    /// </summary>
    public Certificate Reissue(CertificateContent content, byte[] codeHash, byte[] protectedCode, string reissuedBy, DateTime now, string? reason)
    {
        if (Status == CertificateStatus.Superseded)
        {
            throw new InvalidOperationException("A superseded certificate cannot be reissued; reissue its newest generation.");
        }

        Status = CertificateStatus.Superseded;
        RevokedAt = now;
        RevokedBy = reissuedBy;
        RevokeReason ??= string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var next = new Certificate(LearnerId, CourseId, Generation + 1, content, codeHash, protectedCode, reissuedBy, now);
        if (!string.IsNullOrWhiteSpace(reason))
        {
            next._audit.Clear();
            next._audit.Add(new CertificateAuditEntry(CertificateAction.Reissued, reissuedBy, now, reason.Trim()));
        }

        return next;
    }
}
