namespace Dice.Lms.Domain.Quizzes;

/// <summary>The mark for one answered question.</summary>
/// <param name="Fraction">From 0 to 1: the share of the question's points earned.</param>
/// <param name="OptionFeedback">Feedback of each chosen option that has some, by option id.</param>
/// <param name="AnswerFeedback">Feedback of the matching short or numerical answer, or the "otherwise" feedback.</param>
public sealed record QuestionGrade(decimal Fraction, IReadOnlyDictionary<int, string> OptionFeedback, string? AnswerFeedback)
{
    public static QuestionGrade Zero { get; } = new(0, new Dictionary<int, string>(), null);
}
