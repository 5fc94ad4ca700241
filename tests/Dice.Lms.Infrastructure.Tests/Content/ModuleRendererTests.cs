using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

public class ModuleRendererTests
{
    private static readonly ModuleRenderer Renderer = new();

    [Test]
    public void TableIsWrappedForNarrowScreens()
    {
        var body = Render("| a | b |\n|---|:--|\n| 1 | 2 |\n");
        var wrap = body.QuerySelector("div.table-wrap")!;
        Assert.Multiple(() =>
        {
            Assert.That(wrap, Is.Not.Null);
            Assert.That(wrap.Children.Select(c => c.LocalName), Is.EqualTo(new[] { "table" }));
            Assert.That(wrap.GetAttribute("tabindex"), Is.EqualTo("0"), "the keyboard can scroll a wide table");
            Assert.That(body.QuerySelectorAll("td").Select(td => td.TextContent), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(body.QuerySelectorAll("[style]"), Is.Empty);
        });
    }

    [Test]
    public void AuthorsCannotMakeOtherElementsFocusable()
    {
        var body = Render("<p tabindex=\"0\">text</p>\n\n<div class=\"callout\" tabindex=\"5\">x</div>\n");

        Assert.That(body.QuerySelectorAll("[tabindex]"), Is.Empty);
    }

    [TestCase("tip", "en", "Tip")]
    [TestCase("warning", "en", "Warning")]
    [TestCase("example", "en", "Example")]
    [TestCase("tip", "mn", "Зөвлөгөө")]
    [TestCase("warning", "mn", "Анхааруулга")]
    [TestCase("example", "mn", "Жишээ")]
    public void CalloutHasItsTitleInThePageLanguage(string kind, string language, string title)
    {
        var body = Render($"::: {kind}\nKeep it **safe**.\n:::\n", language);
        var aside = body.QuerySelector("aside")!;
        Assert.Multiple(() =>
        {
            Assert.That(aside.ClassName, Is.EqualTo($"callout callout-{kind}"));
            Assert.That(aside.GetAttribute("role"), Is.EqualTo("note"));
            Assert.That(aside.QuerySelector("p.callout-title")!.TextContent, Is.EqualTo(title));
            Assert.That(aside.QuerySelector("p:not(.callout-title) strong")!.TextContent, Is.EqualTo("safe"));
        });
    }

    [Test]
    public void UnknownCalloutKindShowsItsTextWithoutABox()
    {
        var body = Render("::: note\nPlain text.\n:::\n");
        Assert.Multiple(() =>
        {
            Assert.That(body.QuerySelector("aside"), Is.Null);
            Assert.That(body.QuerySelectorAll("[class]"), Is.Empty);
            Assert.That(body.TextContent.Trim(), Is.EqualTo("Plain text."));
        });
    }

    [Test]
    public void ImageKeepsAltTextLoadsLazilyAndUsesTheSiteUrl()
    {
        var image = Render("![A fake bank e-mail](images/phishing.png \"Phishing\")").QuerySelector("img")!;
        Assert.Multiple(() =>
        {
            Assert.That(image.GetAttribute("alt"), Is.EqualTo("A fake bank e-mail"));
            Assert.That(image.GetAttribute("title"), Is.EqualTo("Phishing"));
            Assert.That(image.GetAttribute("src"), Is.EqualTo("/files/safety/images/phishing.png"));
            Assert.That(image.GetAttribute("loading"), Is.EqualTo("lazy"));
        });
    }

    [Test]
    public void ImageIsDroppedWhenTheSiteDoesNotServeIt()
    {
        var body = Render("Look: ![A chart](images/chart.png)", resolve: _ => null);
        Assert.Multiple(() =>
        {
            Assert.That(body.QuerySelector("img"), Is.Null);
            Assert.That(body.TextContent.Trim(), Is.EqualTo("Look:"));
        });
    }

    [TestCase("https://e-mongolia.mn/")]
    [TestCase("http://ebarimt.mn/")]
    public void ExternalLinkIsNofollowNoopenerNoreferrer(string url)
    {
        var link = Render($"Use [e-Mongolia]({url}).").QuerySelector("a")!;
        Assert.Multiple(() =>
        {
            Assert.That(link.GetAttribute("href"), Is.EqualTo(url));
            Assert.That(link.GetAttribute("rel"), Is.EqualTo("nofollow noopener noreferrer"));
            Assert.That(link.HasAttribute("target"), Is.False);
        });
    }

    [Test]
    public void ExternalAutolinkIsNofollowToo()
    {
        var link = Render("<https://e-mongolia.mn>").QuerySelector("a")!;
        Assert.That(link.GetAttribute("rel"), Is.EqualTo("nofollow noopener noreferrer"));
    }

    [Test]
    public void LocalAndMailLinksAreNoopenerNoreferrer()
    {
        var links = Render("[Checklist](files/checklist.pdf) or [write](mailto:help@dice.mn)").QuerySelectorAll("a");
        Assert.Multiple(() =>
        {
            Assert.That(links.Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/files/safety/files/checklist.pdf", "mailto:help@dice.mn" }));
            Assert.That(links.Select(a => a.GetAttribute("rel")), Is.All.EqualTo("noopener noreferrer"));
        });
    }

    [Test]
    public void DroppedLinkKeepsItsText()
    {
        var body = Render("Print [the *checklist*](files/missing.pdf) today.", resolve: _ => null);
        Assert.Multiple(() =>
        {
            Assert.That(body.QuerySelector("a"), Is.Null);
            Assert.That(body.QuerySelector("em")!.TextContent, Is.EqualTo("checklist"));
            Assert.That(body.TextContent.Trim(), Is.EqualTo("Print the checklist today."));
        });
    }

    [Test]
    public void QuizBlockIsNotRenderedButOtherCodeIs()
    {
        var body = Render("Text.\n\n```\nplain code\n```\n\n```quiz\n## Secret question?\n- [x] Secret answer :: Yes.\n```\n");
        Assert.Multiple(() =>
        {
            Assert.That(body.InnerHtml, Does.Not.Contain("Secret"));
            Assert.That(body.QuerySelector("pre code")!.TextContent, Is.EqualTo("plain code\n"));
        });
    }

    [Test]
    public void RawHtmlIsShownAsText()
    {
        var body = Render("A <b>bold</b> claim.");
        Assert.Multiple(() =>
        {
            Assert.That(body.QuerySelector("b"), Is.Null);
            Assert.That(body.TextContent.Trim(), Is.EqualTo("A <b>bold</b> claim."));
        });
    }

    [Test]
    public void SampleModuleRendersWithoutTheQuiz()
    {
        var english = ContentReader.Read(TempContent.SamplesRoot).Courses[0].Modules[0].Version("en")!;
        var body = Render(english.Body);
        Assert.Multiple(() =>
        {
            Assert.That(body.QuerySelector("h2")!.TextContent, Is.EqualTo("Why passwords matter"));
            Assert.That(body.QuerySelector("div.table-wrap > table"), Is.Not.Null);
            Assert.That(body.QuerySelector("aside.callout-tip"), Is.Not.Null);
            Assert.That(body.QuerySelector("img")!.GetAttribute("src"), Is.EqualTo("/files/safety/images/passphrase.png"));
            Assert.That(body.TextContent, Does.Not.Contain("Which of these passwords"));
        });
    }

    private static IElement Render(string markdown, string language = "en", Func<string, string?>? resolve = null)
    {
        var html = Renderer.Render(markdown, language, resolve ?? (url => "/files/safety/" + url));
        return new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;
    }
}
