using System.Globalization;
using System.Text.RegularExpressions;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>Collects the lines under one <c>## question</c> of a quiz block and turns them into a question.</summary>
internal sealed partial class QuestionBlockReader(int line, string text, List<QuizSyntaxError> errors)
{
    private readonly List<(int Line, bool Checked, decimal? Weight, string Text, string? Feedback)> _options = [];
    private readonly List<(int Line, decimal? Weight, string Text, string? Feedback)> _answers = [];
    private readonly List<(int Line, string? Left, string Right)> _pairs = [];
    private readonly List<string> _generalFeedback = [];
    private QuestionType? _type;
    private bool _typeGiven;
    private decimal? _points;
    private string? _otherwise;
    private int _otherwiseLine;
    private int _errorCount;

    public void Read(string value, int lineNumber)
    {
        if (Setting().Match(value) is { Success: true } setting)
        {
            ReadSetting(setting.Groups[1].Value, setting.Groups[2].Value.Trim(), lineNumber);
        }
        else if (Option().Match(value) is { Success: true } option)
        {
            var (weight, rest) = ReadWeight(option.Groups[2].Value, lineNumber);
            var (optionText, feedback) = QuizText.SplitFeedback(rest);
            if (optionText.Length == 0)
                Error(lineNumber, new("сонголтод текст алга", "option has no text"));
            _options.Add((lineNumber, option.Groups[1].Value != " ", weight, optionText, feedback));
        }
        else if (value.StartsWith('-') && value.Contains("->", StringComparison.Ordinal))
        {
            ReadPair(value[1..], lineNumber);
        }
        else if (value.StartsWith('-'))
        {
            Error(lineNumber, new($"сонголтод '[x]' эсвэл '[ ]' (холбох хосод '->') хэрэгтэй: {value}", $"option needs '[x]' or '[ ]' (or '->' for a matching pair): {value}"));
        }
        else if (value.StartsWith('='))
        {
            var (weight, rest) = ReadWeight(value[1..].Trim(), lineNumber);
            var (answerText, feedback) = QuizText.SplitFeedback(rest);
            if (answerText.Length == 0)
                Error(lineNumber, new("хариултад текст алга", "answer has no text"));
            _answers.Add((lineNumber, weight, answerText, feedback));
        }
        else if (Otherwise().Match(value) is { Success: true } otherwise)
        {
            if (_otherwise is not null)
                Error(lineNumber, new("otherwise хоёр удаа бичигдсэн байна", "otherwise is given twice"));
            _otherwise = QuizText.Unescape(otherwise.Groups[1].Value.Trim());
            _otherwiseLine = lineNumber;
        }
        else if (value.StartsWith('>'))
        {
            _generalFeedback.Add(QuizText.Unescape(value[1..].Trim()));
        }
        else
        {
            Error(lineNumber, new($"энэ мөр асуултын хэсэг биш байна: {value} ('- [x]', '- [ ]', '= ', '- зүүн -> баруун', 'type:', 'points:', 'otherwise ::' эсвэл '> ' байх ёстой)", $"line is not part of a question: {value} (expected '- [x]', '- [ ]', '= ', '- left -> right', 'type:', 'points:', 'otherwise ::' or '> ')"));
        }
    }

    /// <summary>The finished question, or null when it has errors (already reported).</summary>
    public QuestionDefinition? Finish()
    {
        if (text.Length == 0)
            Error(line, new("асуултад текст алга", "question has no text"));

        var kinds = (_options.Count > 0 ? 1 : 0) + (_answers.Count > 0 ? 1 : 0) + (_pairs.Count > 0 ? 1 : 0);
        if (kinds == 0)
        {
            Error(line, new("асуултад хариулт алга", "question has no answers"));
            return null;
        }
        if (kinds > 1)
        {
            Error(line, new("нэг асуултад сонголт, '=' хариулт, '->' хосыг хольж болохгүй", "a question cannot mix choice options, '=' answers and '->' pairs"));
            return null;
        }

        var type = _type ?? InferType();
        if (type is null)
            return null;
        if (_otherwise is not null && type is not (QuestionType.ShortAnswer or QuestionType.Numerical))
            Error(_otherwiseLine, new("'otherwise ::' зөвхөн shortanswer болон numerical асуултад хэрэглэгдэнэ", "'otherwise ::' only applies to shortanswer and numerical questions"));

        var question = new QuestionDefinition
        {
            Line = line,
            Type = type.Value,
            Text = text,
            Points = _points ?? 1,
            OtherwiseFeedback = _otherwise is { Length: > 0 } ? _otherwise : null,
            GeneralFeedback = _generalFeedback.Count > 0 ? string.Join('\n', _generalFeedback) : null,
        };
        question = type switch
        {
            QuestionType.Single or QuestionType.Multiple or QuestionType.TrueFalse => WithOptions(question),
            QuestionType.ShortAnswer => WithAcceptedAnswers(question),
            QuestionType.Numerical => WithNumericAnswers(question),
            _ => WithPairs(question),
        };
        return _errorCount == 0 ? question : null;
    }

    private QuestionType? InferType()
    {
        if (_answers.Count > 0)
            return QuestionType.ShortAnswer;
        if (_pairs.Count > 0)
            return QuestionType.Matching;
        var correct = _options.Count(o => o.Checked);
        if (correct == 0)
        {
            Error(line, new("сонгох асуултад дор хаяж нэг зөв сонголт '- [x]' хэрэгтэй", "a choice question needs at least one correct option '- [x]'"));
            return null;
        }
        return correct == 1 ? QuestionType.Single : QuestionType.Multiple;
    }

    private QuestionDefinition WithOptions(QuestionDefinition question)
    {
        if (_options.Count == 0)
        {
            Error(line, new($"{question.Type.ToName()} асуултад '- [x]' болон '- [ ]' сонголтууд хэрэгтэй", $"a {question.Type.ToName()} question needs '- [x]' and '- [ ]' options"));
            return question;
        }
        var correct = _options.Count(o => o.Checked);
        switch (question.Type)
        {
            case QuestionType.TrueFalse when _options.Count != 2 || correct != 1:
                Error(line, new("truefalse асуултад яг хоёр сонголт байх ба нэг нь зөв байх ёстой", "truefalse needs exactly two options, one correct"));
                break;
            case QuestionType.Single when correct != 1:
                Error(line, new("нэг хариулттай сонгох асуултад яг нэг зөв сонголт байх ёстой", "a single-choice question needs exactly one correct option"));
                break;
            case QuestionType.Multiple when correct == 0:
                Error(line, new("олон хариулттай сонгох асуултад дор хаяж нэг зөв сонголт хэрэгтэй", "a multiple-response question needs at least one correct option"));
                break;
            case QuestionType.Single or QuestionType.Multiple when _options.Count < 2:
                Error(line, new("сонгох асуултад дор хаяж хоёр сонголт хэрэгтэй", "a choice question needs at least two options"));
                break;
        }
        var options = _options
            .Select((o, id) => new ChoiceOption(id, o.Text, o.Weight ?? DefaultWeights.ForOption(question.Type, o.Checked, correct, _options.Count - correct), o.Feedback))
            .ToList();
        return question with { Options = options };
    }

    private QuestionDefinition WithAcceptedAnswers(QuestionDefinition question)
    {
        if (_answers.Count == 0)
        {
            Error(line, new("shortanswer асуултад '= хариулт' мөрүүд хэрэгтэй", "a shortanswer question needs '= answer' lines"));
            return question;
        }
        var answers = _answers.Select((a, id) => new AcceptedAnswer(id, a.Text, a.Weight ?? 100, a.Feedback)).ToList();
        RequireCredit(answers.Select(a => a.Weight));
        return question with { AcceptedAnswers = answers };
    }

    private QuestionDefinition WithNumericAnswers(QuestionDefinition question)
    {
        if (_answers.Count == 0)
        {
            Error(line, new("numerical асуултад '= тоо' мөрүүд хэрэгтэй", "a numerical question needs '= number' lines"));
            return question;
        }
        var answers = new List<NumericAnswer>();
        foreach (var (answerLine, weight, answerText, feedback) in _answers)
        {
            if (NumericAnswerText.TryParse(answers.Count, answerText, weight ?? 100, feedback, out var answer, out var problem))
                answers.Add(answer);
            else
                Error(answerLine, problem);
        }
        RequireCredit(answers.Select(a => a.Weight));
        return question with { NumericAnswers = answers };
    }

    private QuestionDefinition WithPairs(QuestionDefinition question)
    {
        if (_pairs.Count == 0)
        {
            Error(line, new("холбох асуултад '- зүүн -> баруун' хосууд хэрэгтэй", "a matching question needs '- left -> right' pairs"));
            return question;
        }
        if (_pairs.Count(p => p.Left is not null) < 2)
            Error(line, new("холбох асуултад дор хаяж хоёр хос хэрэгтэй", "matching needs at least two pairs"));
        return question with { MatchPairs = _pairs.Select((p, id) => new MatchPair(id, p.Left, p.Right)).ToList() };
    }

    private void RequireCredit(IEnumerable<decimal> weights)
    {
        if (_errorCount == 0 && !weights.Any(w => w > 0))
            Error(line, new("аль ч хариулт оноо өгөхгүй байна: дор хаяж нэг '=' хариулт 0%-иас их жинтэй байх ёстой", "no answer gives credit: at least one '=' answer must be worth more than 0%"));
    }

    private void ReadSetting(string key, string value, int lineNumber)
    {
        if (key == "type")
        {
            if (_typeGiven)
                Error(lineNumber, new("type хоёр удаа бичигдсэн байна", "type is given twice"));
            _typeGiven = true;
            if (QuestionTypeNames.TryParse(value, out var type))
                _type = type;
            else
                Error(lineNumber, new($"'{value}' гэсэн асуултын төрөл алга (дараахын нэг байх ёстой: {QuestionTypeNames.All})", $"unknown question type '{value}' (expected {QuestionTypeNames.All})"));
        }
        else
        {
            if (_points is not null)
                Error(lineNumber, new("points хоёр удаа бичигдсэн байна", "points is given twice"));
            if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points) && points > 0)
                _points = points;
            else
                Error(lineNumber, new($"points нь 0-ээс их тоо байх ёстой, '{value}' биш", $"points must be a number greater than 0, not '{value}'"));
        }
    }

    private void ReadPair(string value, int lineNumber)
    {
        var arrow = value.IndexOf("->", StringComparison.Ordinal);
        var (left, leftFeedback) = QuizText.SplitFeedback(value[..arrow]);
        var (right, rightFeedback) = QuizText.SplitFeedback(value[(arrow + 2)..]);
        if (leftFeedback is not null || rightFeedback is not null)
            Error(lineNumber, new("холбох хос '::'-ийн дараа тайлбартай байж болохгүй ('::' тэмдгийг өөрийг нь бичих бол '\\::' гэж бичнэ)", "a matching pair cannot have feedback after '::' (write '\\::' for a literal '::')"));
        if (right.Length == 0)
            Error(lineNumber, new("холбох хосод '->'-ийн дараа баруун тал хэрэгтэй", "a matching pair needs a right-hand side after '->'"));
        _pairs.Add((lineNumber, left.Length == 0 ? null : left, right));
    }

    private (decimal? Weight, string Remainder) ReadWeight(string value, int lineNumber)
    {
        var (weight, rest) = QuizText.SplitWeight(value);
        if (weight is { } w && !QuizText.IsValidWeight(w))
        {
            Error(lineNumber, new("жин -100%-иас 100%-ийн хооронд байх ёстой", "weight must be between -100% and 100%"));
            return (null, rest);
        }
        return (weight, rest);
    }

    private void Error(int lineNumber, LocalizedText message)
    {
        _errorCount++;
        errors.Add(new QuizSyntaxError(lineNumber, message));
    }

    [GeneratedRegex(@"^(type|points)\s*:\s*(.*)$")]
    private static partial Regex Setting();

    [GeneratedRegex(@"^-\s*\[( |x|X)\]\s*(.*)$")]
    private static partial Regex Option();

    [GeneratedRegex(@"^otherwise\s*::(.*)$")]
    private static partial Regex Otherwise();
}
