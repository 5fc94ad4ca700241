using System.Text.RegularExpressions;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>The id rule of docs/authoring.md: lower-case Latin letters, digits and dashes.</summary>
public static partial class ContentIds
{
    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
