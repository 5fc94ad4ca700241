using AngleSharp.Dom;
using Ganss.Xss;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// The last line of defence for lesson HTML: Markdig does not sanitise (DisableHtml still lets a "javascript:" link
/// through), so everything rendered passes through an allow-list of exactly what the renderer produces.
/// </summary>
internal static class LessonHtmlSanitizer
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "blockquote",
                "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "div", "aside",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "class", "rel", "loading", "role", "start",
            },
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal)
            {
                "callout", "callout-tip", "callout-warning", "callout-example", "callout-title", "table-wrap",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });

        sanitizer.FilterUrl += (_, e) =>
        {
            // Images come from this site only: another host could track learners and slows down slow connections.
            if (e.Tag.NodeName.Equals("img", StringComparison.OrdinalIgnoreCase)
                && ContentUrls.Classify(e.OriginalUrl) != ContentUrlKind.Local)
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                AddRel(link, "noopener", "noreferrer");
            }
            else if (e.Node is IElement { LocalName: "div" } wrap && wrap.ClassList.Contains("table-wrap"))
            {
                // A table wider than a phone scrolls inside its wrapper: focusable, the keyboard can scroll it too
                // (authors' own tabindex attributes are still removed).
                wrap.SetAttribute("tabindex", "0");
            }
        };
        return sanitizer;
    }

    private static void AddRel(IElement link, params string[] values)
    {
        var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        rel.AddRange(values.Where(v => !rel.Contains(v)));
        link.SetAttribute("rel", string.Join(' ', rel));
    }
}
