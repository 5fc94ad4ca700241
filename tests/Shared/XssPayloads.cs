namespace Dice.Lms.Tests;

/// <summary>
/// The XSS payloads every rendering path is tested with: xss-payloads.txt (OWASP filter-evasion vectors and Markdown link
/// tricks; records between separator lines, so a payload may span several lines) followed by every string of the Big
/// List of Naughty Strings (blns.json).
/// </summary>
internal static class XssPayloads
{
    public const string Separator = "%%%%%%%% next payload %%%%%%%%";

    /// <summary>The hand-written payloads of xss-payloads.txt.</summary>
    public static IReadOnlyList<string> Handwritten { get; } = Load();

    /// <summary>The Big List of Naughty Strings, without blanks and strings already in <see cref="Handwritten"/>.</summary>
    public static IReadOnlyList<string> Naughty { get; } = System.Text.Json.JsonSerializer
        .Deserialize<string[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "blns.json")))!
        .Where(s => !string.IsNullOrWhiteSpace(s))
        .Distinct(StringComparer.Ordinal)
        .Except(Handwritten, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<string> All { get; } = [.. Handwritten, .. Naughty];

    private static List<string> Load()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "xss-payloads.txt");
        var records = new List<string>();
        List<string>? current = null;
        foreach (var line in File.ReadAllText(file).Replace("\r\n", "\n").Split('\n'))
        {
            if (line == Separator)
            {
                if (current is not null)
                {
                    records.Add(string.Join('\n', current).TrimEnd('\n'));
                }

                current = [];
            }
            else
            {
                current?.Add(line);
            }
        }

        if (current is not null)
        {
            records.Add(string.Join('\n', current).TrimEnd('\n'));
        }

        return records;
    }
}
