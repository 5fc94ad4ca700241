using System.Security.Cryptography;
using System.Text;
using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Certificates;

/// <summary>
/// Hashes and encrypts verification codes with a key kept outside the database (Lms:Certificates:CodeKey, or the key
/// file beside the site).
/// </summary>
/// <remarks>
/// The lookup hash is HMAC-SHA256 under that key, not a plain SHA-256: someone who can read (or even write) the
/// database still cannot compute the hash of a code they make up, so they can neither insert a certificate that
/// verifies nor test guesses offline against the stored hashes; and a 130-bit random code cannot be recovered from its
/// hash. The code is also kept encrypted (AES-GCM under a second key derived from the same one) only so the PDF can be
/// drawn again on demand instead of being stored as a file; without the key the database holds no readable code.
/// </remarks>
public sealed class CertificateCodes
{
    private readonly byte[] _lookupKey;
    private readonly byte[] _encryptionKey;

    public CertificateCodes(IOptions<LmsOptions> options, LmsPaths paths)
    {
        var settings = options.Value.Certificates;
        var master = string.IsNullOrWhiteSpace(settings.CodeKey) ? ReadOrCreateKeyFile(paths.Resolve(settings.KeyFile)) : Convert.FromBase64String(settings.CodeKey);
        _lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "dice-lms certificate code lookup"u8.ToArray());
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "dice-lms certificate code encryption"u8.ToArray());
    }

    /// <summary>The lookup hash of a normalised code (see <see cref="Domain.Certificates.VerificationCode.Normalize"/>).</summary>
    public byte[] Hash(string normalizedCode) => HMACSHA256.HashData(_lookupKey, Encoding.ASCII.GetBytes(normalizedCode));

    /// <summary>Nonce, ciphertext and tag of the code.</summary>
    public byte[] Protect(string normalizedCode)
    {
        var plain = Encoding.ASCII.GetBytes(normalizedCode);
        var result = new byte[AesGcm.NonceByteSizes.MaxSize + plain.Length + AesGcm.TagByteSizes.MaxSize];
        var nonce = result.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, AesGcm.TagByteSizes.MaxSize);
        aes.Encrypt(nonce, plain, result.AsSpan(nonce.Length, plain.Length), result.AsSpan(nonce.Length + plain.Length));
        return result;
    }

    public string Unprotect(byte[] protectedCode)
    {
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[protectedCode.Length - nonceSize - tagSize];
        using var aes = new AesGcm(_encryptionKey, tagSize);
        aes.Decrypt(protectedCode.AsSpan(0, nonceSize), protectedCode.AsSpan(nonceSize, plain.Length), protectedCode.AsSpan(nonceSize + plain.Length), plain);
        return Encoding.ASCII.GetString(plain);
    }

    /// <summary>A new random key on first use; two processes starting at once both end up reading the same file.</summary>
    private static byte[] ReadOrCreateKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            if (text.Length > 0 || attempt == 20)
            {
                var key = Convert.FromBase64String(text);
                return key.Length >= 32 ? key : throw new InvalidOperationException($"{path} must hold base64 of at least 32 bytes.");
            }

            // The other process is still writing it.
            Thread.Sleep(50);
        }
    }
}
