namespace Dice.Lms.Domain.Quizzes;

/// <summary>An accepted short answer; <c>*</c> in <see cref="Text"/> matches any characters.</summary>
/// <param name="Id">The answer's position in the question (0, 1, …).</param>
/// <param name="Weight">Percent of the question's points, from -100 to 100.</param>
public sealed record AcceptedAnswer(int Id, string Text, decimal Weight, string? Feedback = null);
