namespace Dice.Lms.Domain.Courses;

/// <summary>An image shown by modules, stored once by its SHA-256 and served with a lifetime cache.</summary>
public sealed class ModuleAsset
{
    public ModuleAsset(string hash, string contentType, byte[] bytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        Hash = hash;
        ContentType = contentType;
        Bytes = bytes;
    }

    public string Hash { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Bytes { get; private set; }
}
