using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Certificates;

/// <summary>What a certificate says, copied when it is issued.</summary>
public sealed record CertificateContent(string HolderName, string CourseTitleMn, string CourseTitleEn, string AreaId, ProficiencyLevel Level, string Issuer)
{
    public string HolderName { get; } = string.IsNullOrWhiteSpace(HolderName) ? throw new ArgumentException("A certificate needs its holder's name.", nameof(HolderName)) : HolderName.Trim();

    public string Issuer { get; } = string.IsNullOrWhiteSpace(Issuer) ? throw new ArgumentException("A certificate needs an issuer.", nameof(Issuer)) : Issuer.Trim();
}
