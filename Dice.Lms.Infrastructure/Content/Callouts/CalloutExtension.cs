using Markdig;
using Markdig.Renderers;

namespace Dice.Lms.Infrastructure.Content.Callouts;

/// <summary>
/// Call-out boxes (<c>::: tip</c>, <c>::: warning</c>, <c>::: example</c>). Markdig's custom containers would also
/// turn <c>::text::</c> into spans and put any word after the colons into a class attribute; this allows only our kinds.
/// </summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CalloutParser>())
        {
            pipeline.BlockParsers.Insert(0, new CalloutParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer && !htmlRenderer.ObjectRenderers.Contains<CalloutRenderer>())
        {
            htmlRenderer.ObjectRenderers.Insert(0, new CalloutRenderer());
        }
    }
}
