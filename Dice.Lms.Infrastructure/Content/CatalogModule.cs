namespace Dice.Lms.Infrastructure.Content;

/// <summary>One module of the catalogue: <paramref name="Words"/> holds the teaching words per language.</summary>
public sealed record CatalogModule(
    string Id,
    string Level,
    IReadOnlyList<string> Competences,
    IReadOnlyList<string> Languages,
    int Questions,
    IReadOnlyDictionary<string, int> Words);
