using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dice.Lms.Infrastructure.Content.Tables;

/// <summary>Puts each table in a scrolling wrapper so a wide table does not widen the whole page on a phone.</summary>
public sealed class TableWrapRenderer(HtmlTableRenderer tableRenderer) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-wrap\">");
        ((IMarkdownObjectRenderer)tableRenderer).Write(renderer, table);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
