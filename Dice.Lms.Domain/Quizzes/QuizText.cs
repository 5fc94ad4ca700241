using System.Globalization;
using System.Text.RegularExpressions;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>Small text rules shared by the quiz syntax reader and writer.</summary>
internal static partial class QuizText
{
    private const string FeedbackSeparator = "::";
    private const string EscapedSeparator = @"\::";

    /// <summary>Splits <c>text :: feedback</c> at the first <c>::</c> not written as <c>\::</c>.</summary>
    public static (string Text, string? Feedback) SplitFeedback(string value)
    {
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && value.AsSpan(i + 1).StartsWith(FeedbackSeparator))
            {
                i += 2;
                continue;
            }
            if (value.AsSpan(i).StartsWith(FeedbackSeparator))
            {
                var feedback = Unescape(value[(i + 2)..].Trim());
                return (Unescape(value[..i].Trim()), feedback.Length == 0 ? null : feedback);
            }
        }
        return (Unescape(value.Trim()), null);
    }

    public static string Unescape(string value) => value.Replace(EscapedSeparator, FeedbackSeparator, StringComparison.Ordinal);

    public static string Escape(string value) => value.Replace(FeedbackSeparator, EscapedSeparator, StringComparison.Ordinal);

    /// <summary>Reads an optional leading <c>(50%)</c>; the weight is null when there is none.</summary>
    public static (decimal? Weight, string Remainder) SplitWeight(string value)
    {
        var match = WeightPrefix().Match(value);
        if (!match.Success)
            return (null, value);
        var weight = decimal.Parse(match.Groups[1].Value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return (weight, value[match.Length..]);
    }

    public static bool IsValidWeight(decimal weight) => weight is >= -100 and <= 100;

    /// <summary>Reads a number written with either <c>.</c> or <c>,</c> as the decimal separator.</summary>
    public static bool TryParseNumber(string text, out decimal number)
    {
        // Learners on Mongolian and Russian keyboards type a decimal comma; a minus may arrive as U+2212.
        var normalised = text.Trim().Replace(',', '.').Replace('\u2212', '-');
        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Joins text that spread over several lines into one line, as question and option text is one line.</summary>
    public static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"^\(\s*(-?\d+(?:[.,]\d+)?)\s*%\s*\)\s*")]
    private static partial Regex WeightPrefix();
}
