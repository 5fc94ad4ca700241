namespace Dice.Lms.Domain.Quizzes;

/// <summary>The mark for a whole attempt.</summary>
/// <param name="Percent">Points earned as a percentage of the points available, rounded to 2 decimals.</param>
/// <param name="Questions">One grade per question, in the quiz's order.</param>
public sealed record QuizGrade(decimal Score, decimal MaxScore, decimal Percent, bool Passed, IReadOnlyList<QuestionGrade> Questions);
