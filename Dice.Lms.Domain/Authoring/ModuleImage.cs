namespace Dice.Lms.Domain.Authoring;

/// <summary>
/// An image a module may show: its path in the course folder ("images/map-1a2b3c4d.png") and the hash of the stored
/// bytes. Uploaded in the browser or carried over from a published version.
/// </summary>
public sealed class ModuleImage
{
    public ModuleImage(string moduleId, string path, string hash, string altText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        ModuleId = moduleId;
        Path = path;
        Hash = hash;
        AltText = altText ?? "";
    }

    public string ModuleId { get; private set; }

    public string Path { get; private set; }

    public string Hash { get; private set; }

    public string AltText { get; private set; }

    /// <summary>What the author pastes into the module.</summary>
    public string MarkdownReference => $"![{AltText.Replace("]", "\\]", StringComparison.Ordinal)}]({Path})";
}
