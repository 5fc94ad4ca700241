namespace Dice.Lms.Domain.Quizzes;

/// <summary>An option of a single, multiple or truefalse question.</summary>
/// <param name="Id">The option's position in the question (0, 1, …): what a learner's response refers to.</param>
/// <param name="Weight">Percent of the question's points this option is worth, from -100 to 100.</param>
public sealed record ChoiceOption(int Id, string Text, decimal Weight, string? Feedback = null)
{
    public bool IsCorrect => Weight > 0;
}
