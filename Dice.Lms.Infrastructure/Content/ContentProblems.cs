using Dice.Lms.Domain;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>Collects problems while content is read.</summary>
internal sealed class ContentProblems
{
    private readonly List<ContentProblem> _items = [];

    public void Error(string path, int line, LocalizedText text) =>
        _items.Add(new ContentProblem(path, line, ContentSeverity.Error, text));

    public void Warning(string path, int line, LocalizedText text) =>
        _items.Add(new ContentProblem(path, line, ContentSeverity.Warning, text));

    /// <summary>Sorted by path, then line, in the order found within a line.</summary>
    public IReadOnlyList<ContentProblem> Sorted() =>
        _items.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
}
