using System.Text.RegularExpressions;

namespace Dice.Lms.Domain.Accounts;

public enum PersonNameProblem
{
    None,
    TooLong,
    LineBreak,
    Link,
}

/// <summary>
/// What a person's name may hold. Names are printed in e-mails, certificates and staff pages, so a name must not be a
/// way to make the site send someone's text: no line breaks (a second "paragraph" in an e-mail), no links or addresses
/// (a phishing lure under the site's name), and no more than <see cref="MaxLength"/> characters.
/// </summary>
public static partial class PersonName
{
    public const int MaxLength = 100;

    public static PersonNameProblem Check(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > MaxLength)
        {
            return PersonNameProblem.TooLong;
        }

        // Control characters and the Unicode line and paragraph separators all break a line somewhere.
        if (name.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085'))
        {
            return PersonNameProblem.LineBreak;
        }

        return Link().IsMatch(name) ? PersonNameProblem.Link : PersonNameProblem.None;
    }

    // A scheme, "www.", an address, or a word glued to a common top-level domain ("evil.com"); a dot followed by a space,
    // as in "J. Bat", is not a link.
    [GeneratedRegex(@"://|\bwww\.|@|[\p{L}\p{N}-]\.(com|org|net|info|io|ru|cn|mn|xyz|top|link|ly|co|me|biz|site|online|click|app|dev|example|tk|gg|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
