namespace Dice.Lms.Domain.Quizzes;

/// <summary>What a learner answered to one question; only the part that fits the question's type is read.</summary>
public sealed record QuestionResponse
{
    public static QuestionResponse None { get; } = new();

    /// <summary>Option ids chosen in a single, multiple or truefalse question.</summary>
    public IReadOnlyList<int> ChosenOptionIds { get; init; } = [];

    /// <summary>The typed answer of a shortanswer or numerical question.</summary>
    public string? Text { get; init; }

    /// <summary>For matching: the id of each left-hand pair → the id of the pair whose right-hand side was chosen.</summary>
    public IReadOnlyDictionary<int, int> Matches { get; init; } = new Dictionary<int, int>();

    public static QuestionResponse Choose(params int[] optionIds) => new() { ChosenOptionIds = optionIds };

    public static QuestionResponse Answer(string text) => new() { Text = text };

    public static QuestionResponse Match(IReadOnlyDictionary<int, int> leftToRight) => new() { Matches = leftToRight };
}
