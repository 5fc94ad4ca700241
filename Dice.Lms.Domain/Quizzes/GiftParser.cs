using System.Globalization;
using System.Text.RegularExpressions;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>
/// Reads Moodle's GIFT format into quiz questions, following Moodle's own importer (question/format/gift) so a
/// file reads here as it does in Moodle. Questions the engine cannot grade (essay, description) and broken ones
/// become errors at their line; the rest still convert.
/// </summary>
public static partial class GiftParser
{
    // Escaped characters are swapped for private-use placeholders while the markup is split, then put back.
    private const string EscapableCharacters = ":#={}~n";
    private const char FirstPlaceholder = '\uE000';
    private static readonly string[] FormatTags = ["[html]", "[moodle]", "[plain]", "[markdown]"];

    public static QuizImportResult Parse(string text)
    {
        var questions = new List<QuestionDefinition>();
        var errors = new List<QuizSyntaxError>();
        foreach (var (line, block) in Blocks(text))
        {
            var result = ReadQuestion(line, block);
            if (result.Question is { } question)
                questions.Add(question);
            if (result.Error is { } error)
                errors.Add(new QuizSyntaxError(line, error));
        }
        return new QuizImportResult(questions, errors);
    }

    /// <summary>Questions are separated by blank lines; comment lines are dropped but do not separate.</summary>
    private static IEnumerable<(int Line, string Text)> Blocks(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n', '\r');
        var block = new List<string>();
        var firstLine = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            if (line.Trim().Length == 0)
            {
                if (block.Count > 0)
                    yield return (firstLine, string.Join('\n', block).Trim());
                block.Clear();
                continue;
            }
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                continue;
            if (block.Count == 0)
                firstLine = i + 1;
            block.Add(line);
        }
    }

    private static (QuestionDefinition? Question, LocalizedText? Error) ReadQuestion(int line, string block)
    {
        var text = HideEscapes(block);
        if (text.StartsWith("$CATEGORY:", StringComparison.Ordinal))
            return (null, null);

        string? name = null;
        if (text.StartsWith("::", StringComparison.Ordinal))
        {
            text = text[2..];
            var nameEnd = text.IndexOf("::", StringComparison.Ordinal);
            if (nameEnd >= 0)
            {
                name = Restore(text[..nameEnd]).Trim();
                text = text[(nameEnd + 2)..].Trim();
            }
        }
        var label = name is { Length: > 0 } ? $"'{name}'" : $"'{Shorten(Restore(text))}'";

        var start = text.IndexOf('{');
        var end = text.IndexOf('}');
        if (start < 0 && end < 0)
            return (null, new($"{label} тайлбар (description) хариултгүй тул автоматаар дүгнэх боломжгүй", $"description {label} has no answers and cannot be graded automatically"));
        if (start < 0 || end < start)
            return (null, new($"{label} асуултад '{{...}}' хариултын хэсэг алга", $"question {label} has no '{{...}}' answer block"));

        var answerText = text[(start + 1)..end].Trim();
        var before = text[..start];
        var after = text[(end + 1)..];
        // Text after the block makes a missing-word question; stray punctuation there (such as '";' left over from
        // copying) is dropped, as Moodle's importer tests expect.
        var questionText = after.Any(char.IsLetterOrDigit) ? before + "_____" + after : before;

        string? generalFeedback = null;
        var generalFeedbackStart = answerText.LastIndexOf("####", StringComparison.Ordinal);
        if (generalFeedbackStart >= 0)
        {
            generalFeedback = Clean(answerText[(generalFeedbackStart + 4)..]);
            answerText = answerText[..generalFeedbackStart].Trim();
        }

        if (answerText.Length == 0)
            return (null, new($"{label} эссэ асуултыг автоматаар дүгнэх боломжгүй", $"essay question {label} cannot be graded automatically"));

        var question = new QuestionDefinition
        {
            Line = line,
            Name = name is { Length: > 0 } ? name : null,
            Type = QuestionType.Single,
            Text = Clean(questionText),
            GeneralFeedback = generalFeedback is { Length: > 0 } ? generalFeedback : null,
        };
        if (question.Text.Length == 0)
            return (null, new("асуултад текст алга", "question has no text"));

        // The same order of checks as Moodle: the first that fits decides the type.
        if (answerText.StartsWith('#'))
            return Numerical(question, answerText[1..]);
        if (answerText.Contains('~'))
            return Choice(question, answerText);
        if (answerText.Contains('=') && answerText.Contains("->", StringComparison.Ordinal))
            return Matching(question, answerText);
        var trueFalse = answerText.Split('#', 3);
        if (trueFalse[0].Trim() is "T" or "TRUE" or "F" or "FALSE")
            return TrueFalse(question, trueFalse);
        return ShortAnswer(question, answerText);
    }

    private static (QuestionDefinition?, LocalizedText?) Choice(QuestionDefinition question, string answerText)
    {
        // Moodle: any '=' answer makes it single choice; otherwise learners may choose several.
        var type = answerText.Contains('=') ? QuestionType.Single : QuestionType.Multiple;
        var parts = Answers(answerText.Replace("=", "~=", StringComparison.Ordinal), '~');
        if (parts.Count < 2)
            return (null, new("сонгох асуултад дор хаяж хоёр хариулт хэрэгтэй", "a multiple-choice question needs at least two answers"));

        var options = new List<ChoiceOption>();
        foreach (var part in parts)
        {
            var (weight, rest) = part.StartsWith('=') ? (100m, part[1..]) : Weight(part, defaultWeight: 0);
            if (!QuizText.IsValidWeight(weight))
                return (null, new("жин -100%-иас 100%-ийн хооронд байх ёстой", "weight must be between -100% and 100%"));
            var (optionText, feedback) = Feedback(rest);
            if (optionText.Length == 0)
                return (null, new("нэг хариултад текст алга", "an answer has no text"));
            options.Add(new ChoiceOption(options.Count, optionText, weight, feedback));
        }
        if (!options.Any(o => o.IsCorrect))
            return (null, new("сонгох асуултад эерэг жинтэй хариулт хэрэгтэй", "a multiple-choice question needs an answer with a positive weight"));
        return (question with { Type = type, Options = options }, null);
    }

    private static (QuestionDefinition?, LocalizedText?) Matching(QuestionDefinition question, string answerText)
    {
        var pairs = new List<MatchPair>();
        foreach (var part in Answers(answerText, '='))
        {
            var arrow = part.IndexOf("->", StringComparison.Ordinal);
            if (arrow < 0)
                return (null, new($"'{Shorten(Restore(part))}' холбох хосод '->' алга", $"matching pair '{Shorten(Restore(part))}' has no '->'"));
            var left = Clean(part[..arrow]);
            var right = Clean(part[(arrow + 2)..]);
            if (right.Length == 0)
                return (null, new("холбох хосод '->'-ийн дараа баруун тал хэрэгтэй", "a matching pair needs a right-hand side after '->'"));
            pairs.Add(new MatchPair(pairs.Count, left.Length == 0 ? null : left, right));
        }
        if (pairs.Count(p => !p.IsDistractor) < 2)
            return (null, new("холбох асуултад дор хаяж хоёр хос хэрэгтэй", "matching needs at least two pairs"));
        return (question with { Type = QuestionType.Matching, MatchPairs = pairs }, null);
    }

    /// <summary><c>{FALSE#wrong#right}</c>: the first feedback is for a wrong answer, the second for the right one.</summary>
    private static (QuestionDefinition?, LocalizedText?) TrueFalse(QuestionDefinition question, string[] parts)
    {
        var isTrue = parts[0].Trim() is "T" or "TRUE";
        var wrongFeedback = parts.Length > 1 ? NullIfEmpty(Clean(parts[1])) : null;
        var rightFeedback = parts.Length > 2 ? NullIfEmpty(Clean(parts[2])) : null;
        ChoiceOption[] options =
        [
            new(0, "True", isTrue ? 100 : 0, isTrue ? rightFeedback : wrongFeedback),
            new(1, "False", isTrue ? 0 : 100, isTrue ? wrongFeedback : rightFeedback),
        ];
        return (question with { Type = QuestionType.TrueFalse, Options = options }, null);
    }

    private static (QuestionDefinition?, LocalizedText?) ShortAnswer(QuestionDefinition question, string answerText)
    {
        var answers = new List<AcceptedAnswer>();
        foreach (var part in Answers(answerText, '='))
        {
            var (weight, rest) = Weight(part, defaultWeight: 100);
            if (!QuizText.IsValidWeight(weight))
                return (null, new("жин -100%-иас 100%-ийн хооронд байх ёстой", "weight must be between -100% and 100%"));
            var (answer, feedback) = Feedback(rest);
            if (answer.Length == 0)
                return (null, new("нэг хариултад текст алга", "an answer has no text"));
            answers.Add(new AcceptedAnswer(answers.Count, answer, weight, feedback));
        }
        if (answers.Count == 0)
            return (null, new("богино хариулттай асуултад дор хаяж нэг хариулт хэрэгтэй", "a short-answer question needs at least one answer"));
        if (!answers.Any(a => a.Weight > 0))
            return (null, new("богино хариулттай асуултад эерэг жинтэй хариулт хэрэгтэй", "a short-answer question needs an answer with a positive weight"));
        return (question with { Type = QuestionType.ShortAnswer, AcceptedAnswers = answers }, null);
    }

    private static (QuestionDefinition?, LocalizedText?) Numerical(QuestionDefinition question, string answerText)
    {
        string? otherwise = null;
        var wrong = answerText.IndexOf('~');
        if (wrong >= 0)
        {
            otherwise = NullIfEmpty(Feedback(answerText[(wrong + 1)..]).Feedback ?? "");
            answerText = answerText[..wrong];
        }

        var answers = new List<NumericAnswer>();
        foreach (var part in Answers(answerText, '='))
        {
            var (weight, rest) = Weight(part, defaultWeight: 100);
            if (!QuizText.IsValidWeight(weight))
                return (null, new("жин -100%-иас 100%-ийн хооронд байх ёстой", "weight must be between -100% and 100%"));
            var (number, feedback) = Feedback(rest);
            if (!TryReadNumber(answers.Count, number, weight, feedback, out var answer))
                return (null, new($"'{number}' гэсэн тоон хариулт нь тоо, min..max эсвэл утга:хүлцэл биш байна", $"numerical answer '{number}' is not a number, min..max or value:tolerance"));
            answers.Add(answer);
        }
        if (answers.Count == 0)
            return (null, new("тоон асуултад дор хаяж нэг хариулт хэрэгтэй", "a numerical question needs at least one answer"));
        if (!answers.Any(a => a.Weight > 0))
            return (null, new("тоон асуултад эерэг жинтэй хариулт хэрэгтэй", "a numerical question needs an answer with a positive weight"));
        return (question with { Type = QuestionType.Numerical, NumericAnswers = answers, OtherwiseFeedback = otherwise }, null);
    }

    private static bool TryReadNumber(int id, string text, decimal weight, string? feedback, out NumericAnswer answer)
    {
        answer = NumericAnswer.Around(id, 0, 0, weight, feedback);
        var range = text.IndexOf("..", StringComparison.Ordinal);
        if (range > 0)
        {
            if (!QuizText.TryParseNumber(text[..range], out var min) || !QuizText.TryParseNumber(text[(range + 2)..], out var max) || min > max)
                return false;
            answer = NumericAnswer.Between(id, min, max, weight, feedback);
            return true;
        }
        var colon = text.IndexOf(':');
        var valueText = colon > 0 ? text[..colon] : text;
        var tolerance = 0m;
        if (!QuizText.TryParseNumber(valueText, out var value)
            || (colon > 0 && !QuizText.TryParseNumber(text[(colon + 1)..], out tolerance))
            || tolerance < 0)
            return false;
        answer = NumericAnswer.Around(id, value, tolerance, weight, feedback);
        return true;
    }

    /// <summary>Splits an answer block at its markers, dropping the empty piece before the first one.</summary>
    private static List<string> Answers(string answerText, char marker)
    {
        var parts = answerText.Split(marker).Select(p => p.Trim()).ToList();
        if (parts.Count > 0 && parts[0].Length == 0)
            parts.RemoveAt(0);
        return parts;
    }

    private static (decimal Weight, string Remainder) Weight(string answer, decimal defaultWeight)
    {
        var match = WeightPrefix().Match(answer);
        if (!match.Success)
            return (defaultWeight, answer);
        var weight = decimal.Parse(match.Groups[1].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return (weight, answer[match.Length..]);
    }

    private static (string Text, string? Feedback) Feedback(string answer)
    {
        var hash = answer.IndexOf('#');
        return hash < 0
            ? (Clean(answer), null)
            : (Clean(answer[..hash]), NullIfEmpty(Clean(answer[(hash + 1)..])));
    }

    /// <summary>Plain one-line text: the format tag dropped (markup stays as written), escapes put back.</summary>
    private static string Clean(string value)
    {
        value = value.Trim();
        foreach (var tag in FormatTags)
        {
            if (value.StartsWith(tag, StringComparison.Ordinal))
            {
                value = value[tag.Length..];
                break;
            }
        }
        return QuizText.OneLine(Restore(value)).Trim();
    }

    private static string HideEscapes(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (text[i] == '\\' && next == '\\')
            {
                result.Append('\\');
                i++;
            }
            else if (text[i] == '\\' && EscapableCharacters.Contains(next))
            {
                result.Append((char)(FirstPlaceholder + EscapableCharacters.IndexOf(next)));
                i++;
            }
            else
            {
                result.Append(text[i]);
            }
        }
        return result.ToString();
    }

    private static string Restore(string text)
    {
        var result = text.ToCharArray();
        for (var i = 0; i < result.Length; i++)
        {
            var index = result[i] - FirstPlaceholder;
            if (index >= 0 && index < EscapableCharacters.Length)
                result[i] = EscapableCharacters[index] == 'n' ? '\n' : EscapableCharacters[index];
        }
        return new string(result);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Shorten(string text)
    {
        var line = QuizText.OneLine(text);
        return line.Length <= 40 ? line : line[..40] + "…";
    }

    [GeneratedRegex(@"^%(-?\d+(?:\.\d+)?)%")]
    private static partial Regex WeightPrefix();
}
