using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// Rules for the Mongolian interface text (docs/ui-review-2026-12.md): a case ending depends on the word it follows
/// (vowel harmony), so none is glued to a placeholder; and no English is left, apart from names and formats.
/// </summary>
public sealed partial class MongolianWordingTests
{
    // Names of things and formats that stay Latin in Mongolian text, and values a person types into a file.
    private static readonly HashSet<string> AllowedLatin = new(StringComparer.Ordinal)
    {
        "DICE", "Dice", "LMS", "PDF", "QR", "CSV", "URL", "HTML", "JSON", "GIFT", "Aiken", "Moodle", "Markdown", "JPEG", "PNG", "WebP",
        "UTF-8", "Zip", "Open", "Badges", "alt", "id",
        // The example module id and the level codes a baseline CSV may hold.
        "strong-passwords", "none", "beginner", "intermediate", "advanced", "expert",
    };

    public static IEnumerable<TestCaseData> Strings() => Read("SharedResource.mn.resx").Select(e => new TestCaseData(e.Key, e.Value).SetName($"{{m}}({e.Key})"));

    [Test]
    public void TheRulesCatchWhatTheReviewFound()
    {
        // Checked against the review's own examples, so that the rules themselves can fail.
        Assert.That(FixedCaseEnding("{1} модулиас {0}-ийг дуусгасан"), Is.EqualTo("{0}-ийг"));
        Assert.That(FixedCaseEnding("{1}-ээс {0}-р хуудас"), Is.EqualTo("{1}-ээс"));
        Assert.That(FixedCaseEnding("{0}ыг хадгаллаа"), Is.EqualTo("{0}ыг"));
        Assert.That(FixedCaseEnding("{0}-д илгээлээ"), Is.EqualTo("{0}-д"));
        Assert.That(FixedCaseEnding("{0}-р мөр"), Is.Null, "an ordinal after a number is not a case ending");
        Assert.That(FixedCaseEnding("Дуусгасан модуль: {0}/{1}"), Is.Null);
        Assert.That(LatinWords("Олгосон байгууллага: DICE project"), Is.EqualTo(new[] { "project" }));
        Assert.That(LatinWords("FullName: И-мэйл талбарыг бөглөнө үү. /admin/users, info@dice.mn"), Is.EqualTo(new[] { "FullName" }));
    }

    [TestCaseSource(nameof(Strings))]
    public void NoCaseEndingIsGluedToAPlaceholder(string key, string value) =>
        Assert.That(FixedCaseEnding(value), Is.Null, $"{key}: write the value after a label (\"Дуусгасан модуль: {{0}}/{{1}}\") instead: {value}");

    [TestCaseSource(nameof(Strings))]
    public void NoEnglishIsLeft(string key, string value) =>
        Assert.That(LatinWords(value), Is.Empty, $"{key}: {value}");

    [Test]
    public void EveryMongolianStringHasAnEnglishOneAndTheSamePlaceholders()
    {
        var mn = Read("SharedResource.mn.resx").ToDictionary(e => e.Key, e => e.Value);
        var en = Read("SharedResource.en.resx").ToDictionary(e => e.Key, e => e.Value);

        Assert.That(mn.Keys.Except(en.Keys), Is.Empty, "keys only in Mongolian");
        Assert.That(en.Keys.Except(mn.Keys), Is.Empty, "keys only in English");
        var differing = mn.Where(e => en.TryGetValue(e.Key, out var english) && !Placeholders(english).SetEquals(Placeholders(e.Value))).Select(e => e.Key);
        Assert.That(differing, Is.Empty, "placeholders differ between the languages");
    }

    /// <summary>The first placeholder with Cyrillic letters glued to it (with or without a hyphen), but not the ordinal "-р".</summary>
    private static string? FixedCaseEnding(string value) =>
        GluedEnding().Matches(value).Select(m => m.Value).FirstOrDefault(m => !OrdinalOnly().IsMatch(m));

    private static List<string> LatinWords(string value)
    {
        // Addresses, links, paths, file extensions and placeholders are not words.
        var text = NotWords().Replace(value, " ");
        return [.. LatinWord().Matches(text).Select(m => m.Value.TrimEnd('-', '.', '\'')).Where(w => !AllowedLatin.Contains(w))];
    }

    private static HashSet<string> Placeholders(string value) => [.. Placeholder().Matches(value).Select(m => m.Groups[1].Value)];

    private static IEnumerable<KeyValuePair<string, string>> Read(string file) =>
        XDocument.Load(Path.Combine(Repository.Root, "Dice.Lms.Web", "Resources", file)).Root!.Elements("data")
            .Select(d => new KeyValuePair<string, string>((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""));

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}-?[А-Яа-яӨөҮүЁё]+")]
    private static partial Regex GluedEnding();

    [GeneratedRegex(@"\}-?р$")]
    private static partial Regex OrdinalOnly();

    [GeneratedRegex(@"\S+@\S+|https?://\S+|\S*/\S*|\.\w+\b(?=[\s),]|$)|\{\d+[^}]*\}|\w+_\w+")]
    private static partial Regex NotWords();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9'.-]*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();
}
