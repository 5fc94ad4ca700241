using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Credentials;

/// <summary>
/// The RSA keys Open Badges credentials are signed with: one PEM file per key in Lms:Credentials:KeyFolder, named by its
/// key id. The newest key signs; every key stays published at its own URL, so a credential signed before a rotation
/// still verifies. The first key is made on first use, as the certificate code key is.
/// </summary>
/// <remarks>
/// Key ids start with the UTC time the key was made, so "newest" is the greatest name, the same answer on every node
/// that shares the folder. The folder is read on every signing: a rotation on one node reaches the others at once.
/// </remarks>
public sealed partial class CredentialKeys(IOptions<LmsOptions> options, LmsPaths paths, TimeProvider clock)
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmssfffffff'Z'";

    private readonly ConcurrentDictionary<string, RSA> _loaded = new(StringComparer.Ordinal);

    private string Folder => paths.Resolve(options.Value.Credentials.KeyFolder);

    /// <summary>The key that signs now, made if the folder holds none.</summary>
    public (string KeyId, RSA Key) Current()
    {
        var newest = KeyIds().LastOrDefault() ?? Rotate();
        return (newest, Load(newest) ?? throw new InvalidOperationException($"The credential key {newest} could not be read."));
    }

    /// <summary>A key's public half, or null for an id that names no key.</summary>
    public RSAParameters? PublicKey(string keyId) => Load(keyId)?.ExportParameters(includePrivateParameters: false);

    /// <summary>Makes a new key, which signs from now on; returns its id.</summary>
    public string Rotate()
    {
        Directory.CreateDirectory(Folder);
        // Later than every key there, even one made in the same tick or by a node whose clock runs ahead.
        var time = clock.GetUtcNow().UtcDateTime;
        if (KeyIds().LastOrDefault() is { } last && DateTime.ParseExact(last[..23], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) is var newest && newest >= time)
        {
            time = newest.AddTicks(1);
        }

        var keyId = time.ToString(TimeFormat, CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        using var rsa = RSA.Create(3072);
        var path = Path.Combine(Folder, keyId + ".pem");
        // CreateNew: never overwrite a key that signed something.
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        return keyId;
    }

    /// <summary>Every key id, oldest first.</summary>
    public IReadOnlyList<string> KeyIds() => Directory.Exists(Folder)
        ? [.. Directory.EnumerateFiles(Folder, "*.pem").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(IsKeyId).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Only names this class makes: an id from a URL never reaches the file system otherwise.</summary>
    public static bool IsKeyId(string keyId) => KeyIdPattern().IsMatch(keyId);

    private RSA? Load(string keyId)
    {
        if (!IsKeyId(keyId))
        {
            return null;
        }

        if (_loaded.TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        var path = Path.Combine(Folder, keyId + ".pem");
        if (!File.Exists(path))
        {
            return null;
        }

        // A key another process is still writing reads as empty for a moment.
        for (var attempt = 0; ; attempt++)
        {
            var pem = File.ReadAllText(path);
            if (pem.Contains("-----END", StringComparison.Ordinal) || attempt == 20)
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(pem);
                return _loaded.GetOrAdd(keyId, rsa);
            }

            Thread.Sleep(50);
        }
    }

    [GeneratedRegex("^[0-9]{8}T[0-9]{13}Z-[0-9a-f]{8}$")]
    private static partial Regex KeyIdPattern();
}
