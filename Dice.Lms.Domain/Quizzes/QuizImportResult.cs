namespace Dice.Lms.Domain.Quizzes;

/// <summary>The questions read from a Moodle GIFT or Aiken file, and what could not be read, by line.</summary>
public sealed record QuizImportResult(IReadOnlyList<QuestionDefinition> Questions, IReadOnlyList<QuizSyntaxError> Errors);
