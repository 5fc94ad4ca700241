using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Dice.Lms.Infrastructure.Content.QuizBlocks;

/// <summary>
/// Renders the quiz block as nothing and every other code block as before. It wraps Markdig's code block renderer
/// instead of sitting beside it because Markdig picks one renderer per node type, and quizzes are fenced code blocks.
/// </summary>
public sealed class QuizBlockRenderer(CodeBlockRenderer codeBlockRenderer) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        // The quiz pages show the quiz; in the lesson it would only give the answers away.
        if (QuizFence.IsQuiz(block))
        {
            return;
        }

        ((IMarkdownObjectRenderer)codeBlockRenderer).Write(renderer, block);
    }
}
