using System.Text.RegularExpressions;
using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

/// <summary>Compares quiz errors by line and English wording, and checks that each one is also said in Mongolian.</summary>
internal static partial class QuizErrors
{
    public static void AssertAre(IReadOnlyList<QuizSyntaxError> errors, params (int Line, string English)[] expected)
    {
        Assert.That(errors.Select(e => (e.Line, e.Message)), Is.EqualTo(expected));
        foreach (var error in errors)
        {
            Assert.That(Cyrillic().IsMatch(error.Text.Mn), Is.True, $"a Mongolian wording for: {error.Message}");
        }
    }

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();
}
