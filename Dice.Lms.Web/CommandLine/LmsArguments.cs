namespace Dice.Lms.Web.CommandLine;

/// <summary>
/// Splits the command line into configuration and a verb with its options. Everything before the first bare word is
/// configuration (`--Lms:Email:Delivery=Smtp`, `--environment=Production`); after it, options whose names have a section
/// (`--ConnectionStrings:Lms ...`) are still configuration and the rest belong to the verb.
/// </summary>
public sealed record LmsArguments(string[] Configuration, string[] Verb)
{
    private static readonly string[] HostKeys = ["environment", "urls", "contentRoot", "applicationName"];

    public static LmsArguments Split(string[] args)
    {
        var configuration = new List<string>();
        var verb = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var isOption = arg.StartsWith("--", StringComparison.Ordinal);
            var name = isOption ? arg[2..].Split('=', 2)[0] : "";
            var isConfiguration = isOption && (verb.Count == 0 || name.Contains(':', StringComparison.Ordinal)
                || HostKeys.Contains(name, StringComparer.OrdinalIgnoreCase));
            if (!isConfiguration)
            {
                verb.Add(arg);
                continue;
            }

            configuration.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
            {
                configuration.Add(args[++i]);
            }
        }

        return new LmsArguments([.. configuration], [.. verb]);
    }
}
