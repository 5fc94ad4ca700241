namespace Dice.Lms.Web.Models;

public sealed record MyCertificatesViewModel(IReadOnlyList<MyCertificateRow> Certificates);

public sealed record MyCertificateRow(int Id, string CourseTitle, DateTime IssuedAt, string Code, bool IsValid, string? RevokeReason);

public sealed record VerifyViewModel([property: System.ComponentModel.DataAnnotations.Display(Name = "Verify.CodeLabel")] string? Code, VerifiedCertificate? Certificate)
{
    public bool Searched => Code is not null;
}

public sealed record VerifiedCertificate(string Status, bool IsValid, string HolderName, string CourseTitle, DateTime IssuedAt, string Issuer);

public sealed record StaffCertificatesIndexViewModel(IReadOnlyList<CohortCourseLink> Links);

public sealed record CohortCourseLink(int CohortId, string CohortName, string CourseId, string CourseTitle);

public sealed record CohortCertificatesViewModel(
    int CohortId,
    string CohortName,
    string CourseId,
    string CourseTitle,
    bool IssuesAutomatically,
    BatchProgress? Batch,
    IReadOnlyList<LearnerCertificateRow> Rows,
    IReadOnlyList<AuditRow> Audit)
{
    public int Eligible => Rows.Count(r => r.State == CertificateState.Eligible);

    public int Issued => Rows.Count(r => r.State == CertificateState.Issued);

    public int Revoked => Rows.Count(r => r.State == CertificateState.Revoked);
}

public enum CertificateState
{
    NotYet,
    Eligible,
    Issued,
    Revoked,
}

public sealed record LearnerCertificateRow(
    string LearnerId,
    string Name,
    string Email,
    CertificateState State,
    int? CertificateId,
    DateTime? IssuedAt,
    string? RevokeReason,
    IReadOnlyList<string> Missing);

public sealed record BatchProgress(int Total, int Done, bool Finished, DateTime RequestedAt);

public sealed record AuditRow(DateTime At, string Action, string Actor, string Holder, string? Reason);
