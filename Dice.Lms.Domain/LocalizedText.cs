namespace Dice.Lms.Domain;

/// <summary>A text in the two languages of the site; a missing language is the empty string.</summary>
public sealed record LocalizedText(string Mn, string En)
{
    public static LocalizedText Empty { get; } = new("", "");

    public string For(string language) => language == Languages.English ? En : Mn;
}
