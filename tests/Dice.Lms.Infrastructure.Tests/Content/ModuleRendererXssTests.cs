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
    public void PayloadFileHoldsAtLeastOneHundredDistinctPayloads()
    {
        Assert.That(XssPayloads.All, Has.Count.GreaterThanOrEqualTo(100));
        Assert.That(XssPayloads.All, Is.Unique);
        Assert.That(XssPayloads.All, Has.None.Empty);
    }

    [TestCaseSource(nameof(Payloads))]
    public void RenderedPayloadIsHarmless(string payload, bool serveLocalFiles)
    {
        var html = Renderer.Render(payload, "en", url => serveLocalFiles ? SitePrefix + url : null);
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
                    Assert.That(attribute.Name, Is.AnyOf(AllowedAttributes), html);
                }

                CheckUrl(element, "href", html);
                CheckUrl(element, "src", html);
            }
        });
    }

    private static void CheckUrl(IElement element, string attribute, string html)
    {
        var url = element.GetAttribute(attribute);
        if (url is null)
        {
            return;
        }

        if (element.LocalName == "img")
        {
            Assert.That(url, Does.StartWith(SitePrefix), html);
            return;
        }

        Assert.That(
            url.StartsWith(SitePrefix, StringComparison.Ordinal)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase),
            Is.True,
            $"{attribute}=\"{url}\" in {html}");
    }
}
