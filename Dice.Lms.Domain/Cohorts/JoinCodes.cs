using System.Security.Cryptography;

namespace Dice.Lms.Domain.Cohorts;

/// <summary>Cohort join codes: short enough to read out in a training room, random enough not to be guessed.</summary>
public static class JoinCodes
{
    // Crockford base32 without I, L, O and U: nothing a learner can confuse when typing it from a slide.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and drops spaces and dashes so "abcd-efgh 12" matches "ABCDEFGH12".</summary>
    public static string Normalize(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
}
