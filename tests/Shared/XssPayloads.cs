namespace Dice.Lms.Tests;

/// <summary>Reads xss-payloads.txt: records between separator lines, so a payload may span several lines.</summary>
internal static class XssPayloads
{
    public const string Separator = "%%%%%%%% next payload %%%%%%%%";

    public static IReadOnlyList<string> All { get; } = Load();

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
