using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// The <c>```quiz</c> block of a module: its lines without the fences, the file line of the first one, and the quiz
/// they define (null when the block has syntax errors, which are reported as content problems).
/// </summary>
public sealed record ModuleQuiz(IReadOnlyList<string> Lines, int FirstLineNumber, QuizDefinition? Definition)
{
    public int QuestionCount => Definition?.Questions.Count ?? 0;
}
