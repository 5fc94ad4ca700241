using Dice.Lms.Domain;

namespace Dice.Lms.Infrastructure.Content.Callouts;

/// <summary>The call-out kinds of docs/authoring.md and their headings in each site language.</summary>
public static class CalloutKinds
{
    public static IReadOnlyList<string> All { get; } = ["tip", "warning", "example"];

    public static bool IsKnown(string kind) => All.Contains(kind);

    public static string Title(string kind, string language) => (kind, language) switch
    {
        ("tip", Languages.English) => "Tip",
        ("warning", Languages.English) => "Warning",
        ("example", Languages.English) => "Example",
        ("tip", _) => "Зөвлөгөө",
        ("warning", _) => "Анхааруулга",
        ("example", _) => "Жишээ",
        _ => "",
    };
}
