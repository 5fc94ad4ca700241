namespace Dice.Lms.Infrastructure.Content;

/// <summary>Classifies link and image addresses as a browser would read them.</summary>
public static class ContentUrls
{
    public static ContentUrlKind Classify(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return ContentUrlKind.Forbidden;
        }

        // Browsers drop tabs and line breaks anywhere in a URL and control characters and spaces around it, so
        // "java\tscript:" is javascript:. Judge the address the browser would see.
        var seen = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        if (seen.Length == 0)
        {
            return ContentUrlKind.Forbidden;
        }

        // "//host/x" and "\\host\x" (browsers treat "\" as "/") are absolute addresses on another host.
        if (seen.Length >= 2 && seen[0] is '/' or '\\' && seen[1] is '/' or '\\')
        {
            return ContentUrlKind.Forbidden;
        }

        var colon = seen.IndexOf(':');
        var pathStart = seen.IndexOfAny(['/', '?', '#', '\\']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return ContentUrlKind.Local;
        }

        return seen[..colon].ToLowerInvariant() switch
        {
            // Only the full form with a host: "https:host" works in browsers but hides where a link goes.
            "http" or "https" when seen[(colon + 1)..].StartsWith("//", StringComparison.Ordinal)
                && Uri.TryCreate(seen, UriKind.Absolute, out var web) && web.Host.Length > 0 => ContentUrlKind.Web,
            "mailto" when seen.Length > colon + 1 => ContentUrlKind.Mailto,
            _ => ContentUrlKind.Forbidden,
        };
    }
}
