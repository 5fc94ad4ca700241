namespace Dice.Lms.Domain.Quizzes;

/// <summary>A quiz as written in a module's ```quiz block.</summary>
/// <param name="PassMark">Percent needed to pass; null means the course's pass mark.</param>
/// <param name="MaxAttempts">Null means unlimited.</param>
/// <param name="TimeLimitMinutes">0 means no limit.</param>
public sealed record QuizDefinition(
    int? PassMark,
    int? MaxAttempts,
    int WaitMinutes,
    int TimeLimitMinutes,
    IReadOnlyList<QuestionDefinition> Questions);
