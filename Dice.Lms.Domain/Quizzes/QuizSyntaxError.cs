namespace Dice.Lms.Domain.Quizzes;

/// <summary>A problem in a quiz source, at a 1-based line of the file.</summary>
public sealed record QuizSyntaxError(int Line, string Message);
