namespace Dice.Lms.Domain.Quizzes;

/// <summary>
/// One question. Only the answer list that fits <see cref="Type"/> is filled: <see cref="Options"/> for
/// single, multiple and truefalse, <see cref="AcceptedAnswers"/> for shortanswer, <see cref="NumericAnswers"/>
/// for numerical, <see cref="MatchPairs"/> for matching.
/// </summary>
public sealed record QuestionDefinition
{
    /// <summary>1-based line of the question in its source file, for error messages.</summary>
    public required int Line { get; init; }

    public string? Name { get; init; }

    public required QuestionType Type { get; init; }

    public required string Text { get; init; }

    public decimal Points { get; init; } = 1;

    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    public IReadOnlyList<AcceptedAnswer> AcceptedAnswers { get; init; } = [];

    public IReadOnlyList<NumericAnswer> NumericAnswers { get; init; } = [];

    public IReadOnlyList<MatchPair> MatchPairs { get; init; } = [];

    /// <summary>Shown for a short or numerical answer that matches none of the accepted ones.</summary>
    public string? OtherwiseFeedback { get; init; }

    /// <summary>Shown after the answer, whatever it was.</summary>
    public string? GeneralFeedback { get; init; }
}
