namespace Dice.Lms.Domain.Quizzes;

/// <summary>Where a question stands in an attempt and the order its options (or right-hand choices) are shown in.</summary>
public sealed record QuestionLayout(int Question, IReadOnlyList<int> Order);
