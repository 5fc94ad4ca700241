using System.Security.Cryptography;
using System.Text;

namespace Dice.Lms.Domain.Certificates;

/// <summary>
/// The identifiers an Open Badges credential carries for a certificate: its own id, and the holder as a hashed e-mail.
/// </summary>
public static class CredentialIdentity
{
    /// <summary>
    /// A name-based UUID (RFC 9562 version 5) of the site and the certificate: the same credential id on every download
    /// and every node without storing one, and different sites never collide.
    /// </summary>
    public static Guid CredentialId(string siteUrl, int certificateId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteUrl);
        // The URL namespace of RFC 9562, appendix C.
        var space = new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8").ToByteArray(bigEndian: true);
        var name = Encoding.UTF8.GetBytes($"{siteUrl.TrimEnd('/')}/certificates/{certificateId}");
        var hash = SHA1.HashData([.. space, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>
    /// "sha256$" and the hex SHA-256 of the e-mail address followed by the salt, as Open Badges' IdentityHash defines it.
    /// The address is trimmed and lower-cased first, so a verifier who types it in any case gets the same hash.
    /// </summary>
    public static string EmailHash(string email, string salt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant() + salt));
        return "sha256$" + Convert.ToHexStringLower(bytes);
    }
}
