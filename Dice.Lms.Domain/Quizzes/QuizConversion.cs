using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>
/// The output of <c>quiz convert</c>: a ```quiz block for a module, or JSON in the shape fixed by the operations
/// contract (docs/operations.md, "quiz convert --to json").
/// </summary>
public static class QuizConversion
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // The output is read by people and scripts, never put into HTML, so Cyrillic and '<' stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToMarkdown(IReadOnlyList<QuestionDefinition> questions)
    {
        var quiz = new QuizDefinition(PassMark: null, MaxAttempts: null, WaitMinutes: 0, TimeLimitMinutes: 0, questions);
        return "```quiz\n" + QuizSyntax.Write(quiz) + "```\n";
    }

    public static string ToJson(QuizImportResult result)
    {
        var questions = new JsonArray(result.Questions.Select(QuestionJson).ToArray<JsonNode?>());
        var errors = new JsonArray(result.Errors
            .Select(e => new JsonObject { ["line"] = e.Line, ["message"] = e.Message })
            .ToArray<JsonNode?>());
        return new JsonObject { ["questions"] = questions, ["errors"] = errors }.ToJsonString(JsonOptions);
    }

    private static JsonObject QuestionJson(QuestionDefinition question) => new()
    {
        ["line"] = question.Line,
        ["name"] = question.Name,
        ["type"] = question.Type.ToName(),
        ["text"] = question.Text,
        ["points"] = question.Points,
        ["answers"] = new JsonArray(Answers(question).ToArray<JsonNode?>()),
        ["otherwiseFeedback"] = question.OtherwiseFeedback,
        ["generalFeedback"] = question.GeneralFeedback,
    };

    private static IEnumerable<JsonObject> Answers(QuestionDefinition question) => question.Type switch
    {
        QuestionType.ShortAnswer => question.AcceptedAnswers.Select(a => Answer(a.Text, a.Weight, a.Feedback)),
        QuestionType.Numerical => question.NumericAnswers.Select(a => Answer(a.ToText(), a.Weight, a.Feedback)),
        QuestionType.Matching => MatchingAnswers(question.MatchPairs),
        _ => question.Options.Select(o => Answer(o.Text, o.Weight, o.Feedback)),
    };

    // Each left-hand item is worth an equal share of the question; a distractor is worth nothing.
    private static IEnumerable<JsonObject> MatchingAnswers(IReadOnlyList<MatchPair> pairs)
    {
        var share = 100m / Math.Max(1, pairs.Count(p => !p.IsDistractor));
        return pairs.Select(p => Answer($"{p.Left} -> {p.Right}".TrimStart(), p.IsDistractor ? 0 : share, null));
    }

    private static JsonObject Answer(string text, decimal weight, string? feedback) => new()
    {
        ["text"] = text,
        ["correct"] = weight > 0,
        ["weight"] = Math.Round(weight, 2, MidpointRounding.AwayFromZero),
        ["feedback"] = feedback,
    };
}
