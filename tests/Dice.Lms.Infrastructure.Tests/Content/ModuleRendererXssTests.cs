using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>Every payload of xss-payloads.txt, rendered with a resolver that serves files and with one that drops them.</summary>
public class ModuleRendererXssTests
{
    private const string SitePrefix = "/course-files/digital-safety/";

    private static readonly ModuleRenderer Renderer = new();

    private static readonly string[] ForbiddenElements =
    [
        "script", "iframe", "frame", "frameset", "object", "embed", "svg", "math", "form", "input", "button", "textarea",
        "select", "style", "link", "meta", "base", "video", "audio", "source", "details", "marquee", "noscript",
    ];

    private static readonly string[] AllowedAttributes = ["href", "src", "alt", "title", "class", "rel", "loading", "role", "start"];

    public static IEnumerable<TestCaseData> Payloads() => XssPayloads.All.SelectMany((payload, index) => new[]
    {
        new TestCaseData(payload, true).SetName($"Payload{index + 1:000}_Served"),
        new TestCaseData(payload, false).SetName($"Payload{index + 1:000}_Dropped"),
    });

    [Test]
    public void ThereAreAtLeastThreeHundredDistinctPayloads()
    {
        Assert.That(XssPayloads.All, Has.Count.GreaterThanOrEqualTo(300));
        Assert.That(XssPayloads.All, Is.Unique);
        Assert.That(XssPayloads.All, Has.None.Empty);
    }

    public static IEnumerable<TestCaseData> RawPayloads() =>
        XssPayloads.All.Select((payload, index) => new TestCaseData(payload).SetName($"Payload{index + 1:000}_SanitisedAsHtml"));

    [TestCaseSource(nameof(Payloads))]
    public void RenderedPayloadIsHarmless(string payload, bool serveLocalFiles) =>
        AssertHarmless(Renderer.Render(payload, "en", url => serveLocalFiles ? SitePrefix + url : null), SitePrefix);

    // The renderer turns raw HTML into text, so the sanitiser alone must also stop every payload read as HTML.
    [TestCaseSource(nameof(RawPayloads))]
    public void SanitiserAloneStopsPayload(string payload) => AssertHarmless(LessonHtmlSanitizer.Sanitize(payload), "");

    private static void AssertHarmless(string html, string localPrefix)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var elements = document.Body!.QuerySelectorAll("*").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(elements.Select(e => e.LocalName), Has.None.AnyOf(ForbiddenElements), html);
            foreach (var element in elements)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.That(attribute.Name, Does.Not.StartWith("on").IgnoreCase, html);
                    if (attribute.Name == "tabindex")
                    {
                        // Only the renderer's own table wrapper is focusable (so the keyboard can scroll it).
                        Assert.That(element.LocalName == "div" && element.ClassList.Contains("table-wrap") && attribute.Value == "0", html);
                        continue;
                    }

                    Assert.That(attribute.Name, Is.AnyOf(AllowedAttributes), html);
                }

                CheckUrl(element, "href", html, localPrefix);
                CheckUrl(element, "src", html, localPrefix);
            }
        });
    }

    private static void CheckUrl(IElement element, string attribute, string html, string localPrefix)
    {
        var url = element.GetAttribute(attribute);
        if (url is null)
        {
            return;
        }

        var local = url.StartsWith(localPrefix, StringComparison.Ordinal) && ContentUrls.Classify(url) == ContentUrlKind.Local;
        if (element.LocalName == "img")
        {
            Assert.That(local, Is.True, $"src=\"{url}\" in {html}");
            return;
        }

        Assert.That(
            local
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase),
            Is.True,
            $"{attribute}=\"{url}\" in {html}");
    }
}
