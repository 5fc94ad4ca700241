namespace Dice.Lms.Domain;

/// <summary>The product's two languages. Mongolian is the default: anything that is not English is read as Mongolian.</summary>
public static class Languages
{
    public const string Mongolian = "mn";

    public const string English = "en";

    /// <summary>Both, Mongolian first: the order modules, drafts and editors list them in.</summary>
    public static IReadOnlyList<string> All { get; } = [Mongolian, English];

    /// <summary>"en" for English, "mn" for anything else (a missing, unknown or tampered value).</summary>
    public static string Normalize(string? language) => language == English ? English : Mongolian;
}
