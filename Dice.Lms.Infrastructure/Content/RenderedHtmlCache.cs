using System.Collections.Concurrent;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Sanitised lesson HTML by module version and language. A module version's HTML never changes, so entries never
/// expire; the cap only guards memory when content is re-imported many times, and simply starts over when reached.
/// </summary>
public sealed class RenderedHtmlCache(int capacity = 2_000)
{
    private readonly ConcurrentDictionary<(string ContentHash, string Language), string> _entries = new();

    public int Count => _entries.Count;

    public string GetOrAdd(string contentHash, string language, Func<string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var key = (contentHash, language);
        if (_entries.TryGetValue(key, out var html))
        {
            return html;
        }

        html = render();
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = html;
        return html;
    }
}
