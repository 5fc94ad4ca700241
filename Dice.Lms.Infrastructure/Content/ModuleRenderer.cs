using Dice.Lms.Infrastructure.Content.Callouts;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Turns a module body into safe lesson HTML. Thread-safe and stateless: register it as a singleton and cache what
/// it returns with <see cref="RenderedHtmlCache"/>.
/// </summary>
public sealed class ModuleRenderer
{
    /// <param name="markdown">The module body (front matter removed).</param>
    /// <param name="language"><c>mn</c> or <c>en</c>: the language of call-out headings.</param>
    /// <param name="resolveLocalUrl">Maps a path relative to the module file to its URL on the site, or returns null to
    /// drop the link or image (a missing file, or one the site does not serve).</param>
    public string Render(string markdown, string language, Func<string, string?> resolveLocalUrl)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(resolveLocalUrl);

        var document = Markdown.Parse(markdown, ContentMarkdown.Pipeline);
        foreach (var callout in document.Descendants<CalloutBlock>())
        {
            callout.Title = CalloutKinds.Title(callout.Kind, language);
        }

        // The page's one h1 is the module's title; a "# " heading in the body (the browser's new-module text starts
        // with one) would be a second.
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            heading.Level = 2;
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            RewriteLink(link, resolveLocalUrl);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            RewriteAutolink(autolink);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        ContentMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return LessonHtmlSanitizer.Sanitize(writer.ToString());
    }

    private static void RewriteLink(LinkInline link, Func<string, string?> resolveLocalUrl)
    {
        // Only the address itself is rendered; a computed URL from an extension would bypass the checks below.
        link.GetDynamicUrl = null;
        var kind = ContentUrls.Classify(link.Url);
        if (link.IsImage)
        {
            var source = kind == ContentUrlKind.Local ? resolveLocalUrl(link.Url!) : null;
            if (source is null || ContentUrls.Classify(source) != ContentUrlKind.Local)
            {
                link.Remove();
                return;
            }

            link.Url = source;
            link.GetAttributes().AddProperty("loading", "lazy");
            return;
        }

        switch (kind)
        {
            case ContentUrlKind.Web:
                link.GetAttributes().AddProperty("rel", "nofollow noopener noreferrer");
                return;
            case ContentUrlKind.Mailto:
                link.GetAttributes().AddProperty("rel", "noopener noreferrer");
                return;
            case ContentUrlKind.Local when resolveLocalUrl(link.Url!) is { } target:
                link.Url = target;
                link.GetAttributes().AddProperty("rel", "noopener noreferrer");
                return;
            default:
                Unwrap(link);
                return;
        }
    }

    private static void RewriteAutolink(AutolinkInline autolink)
    {
        var kind = autolink.IsEmail ? ContentUrlKind.Mailto : ContentUrls.Classify(autolink.Url);
        if (kind == ContentUrlKind.Web)
        {
            autolink.GetAttributes().AddProperty("rel", "nofollow noopener noreferrer");
        }
        else if (kind != ContentUrlKind.Mailto)
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    // A dropped link keeps its text so the sentence still reads.
    private static void Unwrap(LinkInline link)
    {
        foreach (var child in link.ToList())
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
