namespace Dice.Lms.Web.CommandLine;

/// <summary>The options of one verb: `--name value` pairs (repeatable) and positional arguments.</summary>
public sealed class VerbOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _positional = [];

    private VerbOptions()
    {
    }

    public IReadOnlyList<string> Positional => _positional;

    /// <summary>Parses the arguments after the verb; an option not in <paramref name="allowed"/> is an error.</summary>
    public static VerbOptions Parse(IEnumerable<string> args, params string[] allowed)
    {
        var options = new VerbOptions();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                options._positional.Add(arg);
                continue;
            }

            var parts = arg[2..].Split('=', 2);
            var name = parts[0];
            if (!allowed.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new CommandLineException($"unknown option --{name} (expected {string.Join(", ", allowed.Select(a => "--" + a))})");
            }

            string value;
            if (parts.Length == 2)
            {
                value = parts[1];
            }
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = list[++i];
            }
            else
            {
                throw new CommandLineException($"option --{name} needs a value");
            }

            if (!options._values.TryGetValue(name, out var values))
            {
                options._values[name] = values = [];
            }

            values.Add(value);
        }

        return options;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var values) ? values : [];

    public string Required(string name) => Get(name) is { Length: > 0 } value ? value : throw new CommandLineException($"--{name} is required");

    public DateOnly? Date(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date)
            ? date
            : throw new CommandLineException($"--{name} must be a date written YYYY-MM-DD, not '{text}'");
    }
}
