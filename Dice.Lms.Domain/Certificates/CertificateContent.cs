using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Certificates;

/// <summary>What a certificate says, copied when it is issued.</summary>
public sealed record CertificateContent(string HolderName, string CourseTitleMn, string CourseTitleEn, string AreaId, ProficiencyLevel Level, string Issuer);
