using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dice.Lms.Infrastructure.Content.QuizBlocks;

/// <summary>Hides the <c>```quiz</c> block from the lesson body; Markdig's fenced code parser already reads it.</summary>
public sealed class QuizBlockExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer
            && htmlRenderer.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } codeBlockRenderer)
        {
            htmlRenderer.ObjectRenderers.Replace<CodeBlockRenderer>(new QuizBlockRenderer(codeBlockRenderer));
        }
    }
}
