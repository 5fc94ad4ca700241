using System.Text;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>Marks one response to one question, by the rules of docs/authoring.md, "Grading".</summary>
public static class QuestionGrader
{
    public static QuestionGrade Grade(QuestionDefinition question, QuestionResponse response) => question.Type switch
    {
        QuestionType.Single or QuestionType.TrueFalse or QuestionType.Multiple => GradeChoice(question, response),
        QuestionType.ShortAnswer => GradeShortAnswer(question, response.Text),
        QuestionType.Numerical => GradeNumber(question, response.Text),
        QuestionType.Matching => GradeMatching(question, response.Matches),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question.Type, "unknown question type"),
    };

    /// <summary>True when <paramref name="answer"/> matches the accepted <paramref name="pattern"/> (<c>*</c> for any characters).</summary>
    /// <remarks>
    /// Only <c>*</c> is special, so finding the literal pieces left to right decides it: linear in the answer however many
    /// wildcards an author writes, and no regular expression to build for every answer graded.
    /// </remarks>
    public static bool ShortAnswerMatches(string pattern, string answer)
    {
        var parts = Normalise(pattern).Split('*');
        var text = Normalise(answer).AsSpan();
        if (parts.Length == 1)
            return text.SequenceEqual(parts[0]);
        var (first, last) = (parts[0], parts[^1]);
        if (text.Length < first.Length + last.Length || !text.StartsWith(first, StringComparison.Ordinal) || !text.EndsWith(last, StringComparison.Ordinal))
            return false;
        var middle = text[first.Length..^last.Length];
        foreach (var part in parts.AsSpan()[1..^1])
        {
            var at = middle.IndexOf(part, StringComparison.Ordinal);
            if (at < 0)
                return false;
            middle = middle[(at + part.Length)..];
        }

        return true;
    }

    private static QuestionGrade GradeChoice(QuestionDefinition question, QuestionResponse response)
    {
        var chosen = question.Options.Where(o => response.ChosenOptionIds.Contains(o.Id)).ToList();
        // Choosing several options where one is asked for must not add their weights together.
        if (question.Type != QuestionType.Multiple && chosen.Count > 1)
            return QuestionGrade.Zero;

        var feedback = chosen.Where(o => o.Feedback is not null).ToDictionary(o => o.Id, o => o.Feedback!);
        return new QuestionGrade(FromPercent(chosen.Sum(o => o.Weight)), feedback, null);
    }

    private static QuestionGrade GradeShortAnswer(QuestionDefinition question, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return QuestionGrade.Zero;
        var match = question.AcceptedAnswers.FirstOrDefault(a => ShortAnswerMatches(a.Text, text));
        return match is null
            ? new QuestionGrade(0, new Dictionary<int, string>(), question.OtherwiseFeedback)
            : new QuestionGrade(FromPercent(match.Weight), new Dictionary<int, string>(), match.Feedback);
    }

    private static QuestionGrade GradeNumber(QuestionDefinition question, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return QuestionGrade.Zero;
        var match = QuizText.TryParseNumber(text, out var number)
            ? question.NumericAnswers.FirstOrDefault(a => a.Contains(number))
            : null;
        return match is null
            ? new QuestionGrade(0, new Dictionary<int, string>(), question.OtherwiseFeedback)
            : new QuestionGrade(FromPercent(match.Weight), new Dictionary<int, string>(), match.Feedback);
    }

    private static QuestionGrade GradeMatching(QuestionDefinition question, IReadOnlyDictionary<int, int> matches)
    {
        var items = question.MatchPairs.Where(p => !p.IsDistractor).ToList();
        if (items.Count == 0)
            return QuestionGrade.Zero;
        // Compare right-hand texts, not ids: two items may share the same answer.
        var correct = items.Count(item =>
            matches.TryGetValue(item.Id, out var chosenId)
            && question.MatchPairs.FirstOrDefault(p => p.Id == chosenId) is { } chosen
            && chosen.Right == item.Right);
        return new QuestionGrade(Round((decimal)correct / items.Count), new Dictionary<int, string>(), null);
    }

    // Weights may add up to less than 0 or more than 100%; a question is never worth less than nothing or more than itself.
    private static decimal FromPercent(decimal percent) => Round(Math.Clamp(percent, 0, 100) / 100);

    // Seven places, as Moodle stores fractions: three shares of 33.33…% then make exactly 1.
    private static decimal Round(decimal fraction) => Math.Round(fraction, 7, MidpointRounding.AwayFromZero);

    private static string Normalise(string text)
    {
        var words = text.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToLowerInvariant();
    }
}
