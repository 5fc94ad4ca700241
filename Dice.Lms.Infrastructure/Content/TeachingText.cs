namespace Dice.Lms.Infrastructure.Content;

/// <summary>Counts the words a learner reads, to compare the two languages and estimate reading time.</summary>
internal static class TeachingText
{
    /// <summary>
    /// Whitespace-separated tokens that still hold a letter or digit once Markdown punctuation is stripped, so list
    /// dashes, table bars and heading marks do not count but "two-step" counts once. Call-out fences do not count.
    /// </summary>
    public static int CountWords(string markdown) => markdown
        .Split('\n')
        .Where(line => !line.TrimStart().StartsWith(":::", StringComparison.Ordinal))
        .SelectMany(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Count(token => token.Any(char.IsLetterOrDigit));
}
