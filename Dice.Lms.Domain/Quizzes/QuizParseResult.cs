namespace Dice.Lms.Domain.Quizzes;

/// <summary>The parsed quiz, or null with the reasons in <see cref="Errors"/>.</summary>
public sealed record QuizParseResult(QuizDefinition? Quiz, IReadOnlyList<QuizSyntaxError> Errors);
