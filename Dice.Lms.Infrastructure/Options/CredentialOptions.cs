using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Infrastructure.Options;

/// <summary>The "Lms:Credentials" section (docs/credentials.md).</summary>
public sealed class CredentialOptions
{
    /// <summary>
    /// The folder of the RSA keys Open Badges credentials are signed with, one PEM file per key, never inside the
    /// database. Every web node needs the same folder (a shared mount or a copy): the newest key signs, and every key in
    /// it stays published so that credentials signed before a rotation still verify.
    /// </summary>
    public string KeyFolder { get; set; } = "App_Data/credential-keys";

    public IEnumerable<ValidationResult> Validate()
    {
        if (string.IsNullOrWhiteSpace(KeyFolder))
        {
            yield return new ValidationResult("Lms:Credentials:KeyFolder must name a folder for the credential signing keys.", ["Credentials:KeyFolder"]);
        }
    }
}
