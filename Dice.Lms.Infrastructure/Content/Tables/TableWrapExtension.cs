using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Dice.Lms.Infrastructure.Content.Tables;

/// <summary>Wraps pipe tables in <c>div.table-wrap</c>; add it after <c>UsePipeTables</c>, whose renderer it wraps.</summary>
public sealed class TableWrapExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer
            && htmlRenderer.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tableRenderer)
        {
            htmlRenderer.ObjectRenderers.Replace<HtmlTableRenderer>(new TableWrapRenderer(tableRenderer));
        }
    }
}
