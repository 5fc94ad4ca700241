using System.Diagnostics.CodeAnalysis;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>Reads the accepted-number forms of the quiz syntax: <c>3 ± 2</c>, <c>3 +- 2</c>, <c>1..5</c>, <c>3</c>.</summary>
internal static class NumericAnswerText
{
    public static bool TryParse(int id, string text, decimal weight, string? feedback,
        [NotNullWhen(true)] out NumericAnswer? answer, [NotNullWhen(false)] out LocalizedText? problem)
    {
        answer = null;
        problem = null;
        LocalizedText notANumber = new($"'{text}' гэсэн тоон хариулт нь тоо, муж (min..max) эсвэл утга ± хүлцэл биш байна", $"numerical answer '{text}' is not a number, range or value ± tolerance");

        var range = text.Split("..");
        if (range.Length == 2)
        {
            if (!QuizText.TryParseNumber(range[0], out var min) || !QuizText.TryParseNumber(range[1], out var max))
            {
                problem = notANumber;
                return false;
            }
            if (min > max)
            {
                problem = new($"'{text}' гэсэн тоон мужийн эхлэл төгсгөлөөсөө их байна", $"numerical range '{text}' starts above where it ends");
                return false;
            }
            answer = NumericAnswer.Between(id, min, max, weight, feedback);
            return true;
        }

        var around = text.Split(["±", "+-"], StringSplitOptions.None);
        if (around.Length > 2 || range.Length > 2)
        {
            problem = notANumber;
            return false;
        }
        if (!QuizText.TryParseNumber(around[0], out var value))
        {
            problem = notANumber;
            return false;
        }
        var tolerance = 0m;
        if (around.Length == 2 && !QuizText.TryParseNumber(around[1], out tolerance))
        {
            problem = notANumber;
            return false;
        }
        if (tolerance < 0)
        {
            problem = new($"'{text}' гэсэн тоон хариултын хүлцэл сөрөг байна", $"numerical answer '{text}' has a negative tolerance");
            return false;
        }
        answer = NumericAnswer.Around(id, value, tolerance, weight, feedback);
        return true;
    }
}
