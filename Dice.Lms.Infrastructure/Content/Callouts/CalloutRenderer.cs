using Dice.Lms.Domain;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dice.Lms.Infrastructure.Content.Callouts;

/// <summary>
/// Writes a call-out as an <c>aside</c> with a fixed class per kind. The class never comes from the author's text:
/// an unknown kind renders its content without a box (the validator warns about it).
/// </summary>
public sealed class CalloutRenderer : HtmlObjectRenderer<CalloutBlock>
{
    protected override void Write(HtmlRenderer renderer, CalloutBlock block)
    {
        if (!CalloutKinds.IsKnown(block.Kind))
        {
            renderer.WriteChildren(block);
            return;
        }

        var title = block.Title ?? CalloutKinds.Title(block.Kind, Languages.Mongolian);
        renderer.EnsureLine();
        renderer.Write("<aside class=\"callout callout-").Write(block.Kind).WriteLine("\" role=\"note\">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(title).WriteLine("</p>");
        renderer.WriteChildren(block);
        renderer.WriteLine("</aside>");
    }
}
