using System.Globalization;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>
/// An accepted number. Both written forms reduce to an inclusive range; <see cref="IsRange"/> remembers
/// which form the author used so the answer is written back the same way.
/// </summary>
/// <param name="Id">The answer's position in the question (0, 1, …).</param>
/// <param name="Weight">Percent of the question's points, from -100 to 100.</param>
public sealed record NumericAnswer(int Id, decimal Min, decimal Max, bool IsRange, decimal Weight, string? Feedback = null)
{
    /// <summary><c>value ± tolerance</c>; a tolerance of 0 accepts the exact value only.</summary>
    public static NumericAnswer Around(int id, decimal value, decimal tolerance, decimal weight, string? feedback = null) =>
        new(id, value - tolerance, value + tolerance, IsRange: false, weight, feedback);

    /// <summary><c>min..max</c>.</summary>
    public static NumericAnswer Between(int id, decimal min, decimal max, decimal weight, string? feedback = null) =>
        new(id, min, max, IsRange: true, weight, feedback);

    public decimal Value => (Min + Max) / 2;

    public decimal Tolerance => (Max - Min) / 2;

    public bool Contains(decimal number) => number >= Min && number <= Max;

    /// <summary>The answer as an author writes it: <c>3 ± 2</c>, <c>3</c> or <c>1..5</c>.</summary>
    public string ToText()
    {
        if (IsRange)
            return $"{Format(Min)}..{Format(Max)}";
        return Tolerance == 0 ? Format(Value) : $"{Format(Value)} ± {Format(Tolerance)}";
    }

    internal static string Format(decimal number) =>
        number.ToString("0.############################", CultureInfo.InvariantCulture);
}
