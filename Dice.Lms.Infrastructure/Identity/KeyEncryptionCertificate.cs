using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// The certificate that encrypts the Data Protection keys at rest (<c>Lms:Security:KeyEncryptionCertificate</c>, a PFX
/// file, and <c>Lms:Security:KeyEncryptionCertificatePassword</c>). Without it the keys sit in the database as plain
/// XML, and anyone who reads a backup can forge cookies and tokens. A path or password that does not open a certificate
/// with a private key stops start-up, naming the setting.
/// </summary>
public static class KeyEncryptionCertificate
{
    public const string PathKey = "Lms:Security:KeyEncryptionCertificate";
    public const string PasswordKey = "Lms:Security:KeyEncryptionCertificatePassword";

    /// <summary>The certificate, or null when <paramref name="path"/> is not set.</summary>
    public static X509Certificate2? Load(string? path, string? password, LmsPaths paths)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var full = paths.Resolve(path.Trim());
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"{PathKey}: no certificate file at '{full}'.");
        }

        X509Certificate2 certificate;
        try
        {
            // Ephemeral: the private key stays in this process and is never written to a key store on disk.
            certificate = X509CertificateLoader.LoadPkcs12FromFile(full, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{PasswordKey} does not open the certificate at '{full}' ({PathKey}): {e.Message}", e);
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{PathKey}: the certificate at '{full}' holds no RSA private key, which decrypting the keys needs.");
        }

        return certificate;
    }
}
