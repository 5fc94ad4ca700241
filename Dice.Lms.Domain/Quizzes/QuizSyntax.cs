using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>Reads and writes the inside of a module's ```quiz block (docs/authoring.md, "Quizzes").</summary>
public static partial class QuizSyntax
{
    private const string PassMarkKey = "pass-mark";
    private const string AttemptsKey = "attempts";
    private const string WaitMinutesKey = "wait-minutes";
    private const string TimeLimitKey = "time-limit-minutes";
    private static readonly string[] SettingKeys = [PassMarkKey, AttemptsKey, WaitMinutesKey, TimeLimitKey];

    /// <param name="lines">The lines inside the fence.</param>
    /// <param name="firstLineNumber">The 1-based line of the file that holds <paramref name="lines"/>[0].</param>
    public static QuizParseResult Parse(IReadOnlyList<string> lines, int firstLineNumber)
    {
        var errors = new List<QuizSyntaxError>();
        var settings = new Dictionary<string, int?>();
        var questions = new List<QuestionDefinition>();
        var questionCount = 0;
        QuestionBlockReader? current = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = firstLineNumber + i;
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;

            if (line == "##" || line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("##\t", StringComparison.Ordinal))
            {
                AddFinished(current, questions);
                current = new QuestionBlockReader(lineNumber, QuizText.Unescape(line[2..].Trim()), errors);
                questionCount++;
                continue;
            }

            var setting = SettingLine().Match(line);
            if (current is null)
            {
                if (setting.Success)
                    ReadSetting(setting.Groups[1].Value, setting.Groups[2].Value.Trim(), lineNumber, settings, errors);
                else
                    errors.Add(new(lineNumber, new($"энэ мөр асуултын хэсэг биш байна: {line} (асуулт '## '-аар эхэлнэ)", $"line is not part of a question: {line} (a question starts with '## ')")));
            }
            else if (setting.Success && SettingKeys.Contains(setting.Groups[1].Value))
            {
                errors.Add(new(lineNumber, new($"'{setting.Groups[1].Value}' тохиргоо эхний асуултаас өмнө байх ёстой", $"setting '{setting.Groups[1].Value}' must come before the first question")));
            }
            else
            {
                current.Read(line, lineNumber);
            }
        }
        AddFinished(current, questions);

        if (questionCount == 0)
            errors.Add(new(firstLineNumber, new("сорилд асуулт алга", "quiz has no questions")));
        if (errors.Count > 0)
            return new QuizParseResult(null, errors);

        var quiz = new QuizDefinition(
            PassMark: settings.GetValueOrDefault(PassMarkKey),
            MaxAttempts: settings.GetValueOrDefault(AttemptsKey),
            WaitMinutes: settings.GetValueOrDefault(WaitMinutesKey) ?? 0,
            TimeLimitMinutes: settings.GetValueOrDefault(TimeLimitKey) ?? 0,
            Questions: questions);
        return new QuizParseResult(quiz, errors);
    }

    /// <summary>
    /// The inside of a ```quiz block for <paramref name="quiz"/>. Question names have no place in the syntax and
    /// are left out; everything else reads back unchanged.
    /// </summary>
    public static string Write(QuizDefinition quiz)
    {
        var text = new StringBuilder();
        if (quiz.PassMark is { } passMark)
            text.Append(CultureInfo.InvariantCulture, $"{PassMarkKey}: {passMark}\n");
        if (quiz.MaxAttempts is { } attempts)
            text.Append(CultureInfo.InvariantCulture, $"{AttemptsKey}: {attempts}\n");
        if (quiz.WaitMinutes != 0)
            text.Append(CultureInfo.InvariantCulture, $"{WaitMinutesKey}: {quiz.WaitMinutes}\n");
        if (quiz.TimeLimitMinutes != 0)
            text.Append(CultureInfo.InvariantCulture, $"{TimeLimitKey}: {quiz.TimeLimitMinutes}\n");

        foreach (var question in quiz.Questions)
        {
            if (text.Length > 0)
                text.Append('\n');
            WriteQuestion(question, text);
        }
        return text.ToString();
    }

    private static void AddFinished(QuestionBlockReader? reader, List<QuestionDefinition> questions)
    {
        if (reader?.Finish() is { } question)
            questions.Add(question);
    }

    private static void ReadSetting(string key, string value, int lineNumber, Dictionary<string, int?> settings, List<QuizSyntaxError> errors)
    {
        if (!SettingKeys.Contains(key))
        {
            errors.Add(new(lineNumber, new($"'{key}' гэсэн тохиргоо алга (дараахын нэг байх ёстой: {string.Join(", ", SettingKeys)})", $"unknown setting '{key}' (expected {string.Join(", ", SettingKeys)})")));
            return;
        }
        if (settings.ContainsKey(key))
        {
            errors.Add(new(lineNumber, new($"'{key}' тохиргоо хоёр удаа бичигдсэн байна", $"setting '{key}' is given twice")));
            return;
        }

        var isWholeNumber = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        var (valid, problem) = key switch
        {
            PassMarkKey => (isWholeNumber && number <= 100, new LocalizedText(
                $"pass-mark нь 0-ээс 100 хүртэлх бүхэл тоо байх ёстой, '{value}' биш",
                $"pass-mark must be a whole number from 0 to 100, not '{value}'")),
            AttemptsKey when value == "unlimited" => (true, LocalizedText.Empty),
            AttemptsKey => (isWholeNumber && number >= 1, new LocalizedText(
                $"attempts нь 1-ээс багагүй бүхэл тоо эсвэл 'unlimited' байх ёстой, '{value}' биш",
                $"attempts must be a whole number of at least 1, or 'unlimited', not '{value}'")),
            _ => (isWholeNumber, new LocalizedText(
                $"{key} нь 0 буюу түүнээс их бүхэл тоо байх ёстой, '{value}' биш",
                $"{key} must be a whole number of 0 or more, not '{value}'")),
        };
        if (!valid)
        {
            errors.Add(new(lineNumber, problem));
            return;
        }
        settings[key] = key == AttemptsKey && value == "unlimited" ? null : number;
    }

    private static void WriteQuestion(QuestionDefinition question, StringBuilder text)
    {
        text.Append("## ").Append(Clean(question.Text)).Append('\n');
        if (NeedsTypeLine(question))
            text.Append("type: ").Append(question.Type.ToName()).Append('\n');
        if (question.Points != 1)
            text.Append("points: ").Append(NumericAnswer.Format(question.Points)).Append('\n');

        switch (question.Type)
        {
            case QuestionType.Single or QuestionType.Multiple or QuestionType.TrueFalse:
                WriteOptions(question, text);
                break;
            case QuestionType.ShortAnswer:
                foreach (var answer in question.AcceptedAnswers)
                    text.Append("= ").Append(Weight(answer.Weight, 100)).Append(Clean(answer.Text)).Append(Feedback(answer.Feedback)).Append('\n');
                break;
            case QuestionType.Numerical:
                foreach (var answer in question.NumericAnswers)
                    text.Append("= ").Append(Weight(answer.Weight, 100)).Append(answer.ToText()).Append(Feedback(answer.Feedback)).Append('\n');
                break;
            case QuestionType.Matching:
                foreach (var pair in question.MatchPairs)
                    text.Append(pair.IsDistractor ? "- -> " : $"- {Clean(pair.Left!)} -> ").Append(Clean(pair.Right)).Append('\n');
                break;
        }

        if (question.OtherwiseFeedback is { } otherwise)
            text.Append("otherwise :: ").Append(Clean(otherwise)).Append('\n');
        if (question.GeneralFeedback is { } general)
        {
            foreach (var line in general.Split('\n'))
                text.Append("> ").Append(Clean(line)).Append('\n');
        }
    }

    private static void WriteOptions(QuestionDefinition question, StringBuilder text)
    {
        var checkedIds = CheckedOptionIds(question);
        var checkedCount = checkedIds.Count;
        var uncheckedCount = question.Options.Count - checkedCount;
        foreach (var option in question.Options)
        {
            var isChecked = checkedIds.Contains(option.Id);
            var defaultWeight = DefaultWeights.ForOption(question.Type, isChecked, checkedCount, uncheckedCount);
            text.Append(isChecked ? "- [x] " : "- [ ] ")
                .Append(Weight(option.Weight, defaultWeight))
                .Append(Clean(option.Text))
                .Append(Feedback(option.Feedback))
                .Append('\n');
        }
    }

    // Single choice and true/false mark only their best option; other options keep any partial credit as a weight.
    private static HashSet<int> CheckedOptionIds(QuestionDefinition question)
    {
        if (question.Type == QuestionType.Multiple)
            return question.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
        var best = question.Options.Where(o => o.IsCorrect).OrderByDescending(o => o.Weight).FirstOrDefault();
        return best is null ? [] : [best.Id];
    }

    private static bool NeedsTypeLine(QuestionDefinition question) => question.Type switch
    {
        QuestionType.TrueFalse or QuestionType.Numerical => true,
        QuestionType.Multiple => question.Options.Count(o => o.IsCorrect) < 2,
        _ => false,
    };

    private static string Weight(decimal weight, decimal defaultWeight) =>
        weight == defaultWeight ? "" : $"({NumericAnswer.Format(weight)}%) ";

    private static string Feedback(string? feedback) => feedback is null ? "" : " :: " + Clean(feedback);

    private static string Clean(string value) => QuizText.Escape(QuizText.OneLine(value));

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*)$")]
    private static partial Regex SettingLine();
}
