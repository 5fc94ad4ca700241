using System.Security.Cryptography;
using System.Text;

namespace Dice.Lms.Domain.Certificates;

/// <summary>
/// A certificate's verification code: 26 characters of Crockford's base32 (https://www.crockford.com/base32.html),
/// 130 random bits, shown in groups (<c>ABCDE-FGHJK-MNPQR-STVWX-YZ0123</c>). Read back forgivingly: any case, with or
/// without dashes and spaces, O read as 0 and I or L as 1, as Crockford's decoding rules say.
/// </summary>
public static class VerificationCode
{
    public const int Length = 26;

    /// <summary>26 × 5 bits: more than the 128 the verification page's security rests on.</summary>
    public const int Bits = Length * 5;

    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static readonly int[] GroupLengths = [5, 5, 5, 5, 6];

    /// <summary>A new code from the operating system's cryptographic random number generator, normalised (no dashes).</summary>
    public static string New()
    {
        // 17 bytes = 136 bits; the first 130 become the 26 characters.
        Span<byte> random = stackalloc byte[17];
        RandomNumberGenerator.Fill(random);
        var code = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            var bit = i * 5;
            var pair = (random[bit / 8] << 8) | random[(bit / 8) + 1];
            code.Append(Alphabet[(pair >> (11 - (bit % 8))) & 31]);
        }

        return code.ToString();
    }

    /// <summary>The code as people read it: groups of five (the last of six) joined by dashes.</summary>
    public static string Format(string normalized)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(normalized);
        var groups = new List<string>();
        var start = 0;
        foreach (var length in GroupLengths)
        {
            groups.Add(normalized.Substring(start, Math.Min(length, normalized.Length - start)));
            start += length;
        }

        return string.Join('-', groups);
    }

    /// <summary>The 26 canonical characters of what someone typed, or null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return null;
        }

        var code = new StringBuilder(Length);
        foreach (var c in input.ToUpperInvariant())
        {
            var canonical = c switch
            {
                '-' or ' ' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '\0',
                'O' => '0',
                'I' or 'L' => '1',
                _ => c,
            };
            if (canonical == '\0')
            {
                continue;
            }

            if (!Alphabet.Contains(canonical, StringComparison.Ordinal))
            {
                return null;
            }

            code.Append(canonical);
        }

        return code.Length == Length ? code.ToString() : null;
    }
}
