using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Infrastructure.Options;

/// <summary>The "Lms:Certificates" section (docs/certificates.md).</summary>
public sealed class CertificateOptions
{
    /// <summary>The issuing organisation's name printed on certificates and shown by the verification page.</summary>
    public string Issuer { get; set; } = "DICE project";

    /// <summary>
    /// Base64 of at least 32 random bytes: the key verification codes are hashed and encrypted with. Every web node
    /// needs the same one. When empty, <see cref="KeyFile"/> is used (and created on first use).
    /// </summary>
    public string? CodeKey { get; set; }

    /// <summary>Where the key is kept when <see cref="CodeKey"/> is empty; never inside the database.</summary>
    public string KeyFile { get; set; } = "App_Data/certificate-code.key";

    /// <summary>Verification requests one IP address may make per minute.</summary>
    public int VerifyRequestsPerMinute { get; set; } = 30;

    /// <summary>"Issue all eligible" for more learners than this runs as a background job with progress on the page.</summary>
    public int BackgroundBatchSize { get; set; } = 20;

    public IEnumerable<ValidationResult> Validate()
    {
        if (string.IsNullOrWhiteSpace(Issuer))
        {
            yield return new ValidationResult("Lms:Certificates:Issuer must name the issuing organisation.", ["Certificates:Issuer"]);
        }

        if (!string.IsNullOrWhiteSpace(CodeKey))
        {
            var bytes = new byte[CodeKey.Length];
            if (!Convert.TryFromBase64String(CodeKey, bytes, out var length) || length < 32)
            {
                yield return new ValidationResult("Lms:Certificates:CodeKey must be base64 of at least 32 random bytes.", ["Certificates:CodeKey"]);
            }
        }
        else if (string.IsNullOrWhiteSpace(KeyFile))
        {
            yield return new ValidationResult("Lms:Certificates:KeyFile is required when Lms:Certificates:CodeKey is empty.", ["Certificates:KeyFile"]);
        }

        if (VerifyRequestsPerMinute < 1)
        {
            yield return new ValidationResult("Lms:Certificates:VerifyRequestsPerMinute must be at least 1.", ["Certificates:VerifyRequestsPerMinute"]);
        }

        if (BackgroundBatchSize < 0)
        {
            yield return new ValidationResult("Lms:Certificates:BackgroundBatchSize must be 0 or more.", ["Certificates:BackgroundBatchSize"]);
        }
    }
}
