using Markdig.Syntax;

namespace Dice.Lms.Infrastructure.Content.QuizBlocks;

/// <summary>Recognises the <c>```quiz</c> fenced block of a module.</summary>
public static class QuizFence
{
    public const string InfoString = "quiz";

    public static bool IsQuiz(Block block) =>
        block is FencedCodeBlock fenced && string.Equals(fenced.Info, InfoString, StringComparison.Ordinal);
}
