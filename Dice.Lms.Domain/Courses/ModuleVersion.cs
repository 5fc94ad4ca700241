using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Courses;

/// <summary>One immutable version of a module: its text in each language and the files it shows.</summary>
public sealed class ModuleVersion
{
    private readonly List<ModuleVersionText> _texts = [];

    public ModuleVersion(string contentHash, ProficiencyLevel level, string competences, int minutes, string assets, DateTime createdAt, string? createdBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        ContentHash = contentHash;
        Level = level;
        Competences = competences;
        Minutes = minutes;
        Assets = assets;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public int Id { get; private set; }

    public string ModuleId { get; private set; } = "";

    /// <summary>1, 2, 3… within the module.</summary>
    public int Number { get; internal set; }

    public string ContentHash { get; private set; }

    public ProficiencyLevel Level { get; private set; }

    /// <summary>Competence codes separated by commas, e.g. "4.1,4.2".</summary>
    public string Competences { get; private set; }

    public int Minutes { get; private set; }

    /// <summary>Files the module shows, one "path=sha256" per line: the site serves them by hash.</summary>
    public string Assets { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The user who published it; null for content/ imports.</summary>
    public string? CreatedBy { get; private set; }

    public IReadOnlyCollection<ModuleVersionText> Texts => _texts;

    public IReadOnlyList<string> CompetenceCodes => Competences.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyDictionary<string, string> AssetHashes => Assets
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split('=', 2))
        .Where(parts => parts.Length == 2)
        .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    public void AddText(ModuleVersionText text) => _texts.Add(text);

    /// <summary>The text in the language asked for, or else in the other one (the page then says so).</summary>
    public ModuleVersionText? Text(string language) =>
        _texts.FirstOrDefault(t => t.Language == language) ?? _texts.FirstOrDefault(t => t.Language == Languages.Mongolian) ?? _texts.FirstOrDefault();
}
