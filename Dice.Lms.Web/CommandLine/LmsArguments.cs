namespace Dice.Lms.Web.CommandLine;

/// <summary>Splits the command line into configuration (`--Lms:Email:Delivery=Smtp`) and a verb with its options.</summary>
public sealed record LmsArguments(string[] Configuration, string[] Verb)
{
    public static LmsArguments Split(string[] args)
    {
        var configuration = new List<string>();
        var verb = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..].Split('=', 2)[0] : "";
            // Configuration keys have a section (Lms:..., ConnectionStrings:...); verb options do not.
            if (name.Contains(':', StringComparison.Ordinal) || name.Equals("environment", StringComparison.OrdinalIgnoreCase)
                || name.Equals("urls", StringComparison.OrdinalIgnoreCase) || name.Equals("contentRoot", StringComparison.OrdinalIgnoreCase))
            {
                configuration.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    configuration.Add(args[++i]);
                }
            }
            else
            {
                verb.Add(arg);
            }
        }

        return new LmsArguments([.. configuration], [.. verb]);
    }
}
