using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Infrastructure.Certificates;

/// <summary>Everything printed on a certificate.</summary>
public sealed record CertificateDocument(
    string HolderName,
    string CourseTitleMn,
    string CourseTitleEn,
    string AreaId,
    ProficiencyLevel Level,
    DateOnly IssuedOn,
    string Issuer,
    string Code,
    string VerifyUrl);
