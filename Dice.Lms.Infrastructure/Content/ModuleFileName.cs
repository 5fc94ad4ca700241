using System.Globalization;
using System.Text.RegularExpressions;
using Dice.Lms.Domain;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>A module file name, <c>NN-slug.LANG.md</c>: position in the course, short name and language.</summary>
internal sealed partial record ModuleFileName(int Position, string Slug, string Language)
{
    /// <summary>The parsed name, or null with the reason in <paramref name="error"/>.</summary>
    public static ModuleFileName? Parse(string fileName, out LocalizedText error)
    {
        var match = NamePattern().Match(fileName);
        if (!match.Success)
        {
            error = new($"'{fileName}' файлын нэр буруу: модулийн файлыг NN-slug.LANG.md гэж нэрлэнэ, жишээ нь 01-strong-passwords.mn.md", $"bad file name '{fileName}': module files are named NN-slug.LANG.md, like 01-strong-passwords.mn.md");
            return null;
        }

        var language = match.Groups["language"].Value;
        if (!Languages.All.Contains(language))
        {
            error = new($"файлын нэр дэх '{language}' хэлийг танихгүй байна: mn эсвэл en ашиглана уу", $"unknown language '{language}' in the file name: use mn or en");
            return null;
        }

        error = LocalizedText.Empty;
        return new ModuleFileName(
            int.Parse(match.Groups["position"].Value, CultureInfo.InvariantCulture),
            match.Groups["slug"].Value,
            language);
    }

    [GeneratedRegex(@"^(?<position>[0-9]{2})-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)\.(?<language>[A-Za-z_-]+)\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
