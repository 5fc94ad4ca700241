namespace Dice.Lms.Domain.Quizzes;

/// <summary>A left-hand item and its right-hand match; a pair without a left side only adds a wrong choice.</summary>
/// <param name="Id">The pair's position in the question (0, 1, …): a matching response maps these ids.</param>
public sealed record MatchPair(int Id, string? Left, string Right)
{
    public bool IsDistractor => string.IsNullOrEmpty(Left);
}
