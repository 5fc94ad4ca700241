using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests;

public sealed partial class LocalizationTests
{
    private static Dictionary<string, string> Strings(string language) =>
        XDocument.Load(Path.Combine(Repository.Root, "Dice.Lms.Web", "Resources", $"SharedResource.{language}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    [Test]
    public void BothLanguagesHaveTheSameKeysAndNoEmptyText()
    {
        var mn = Strings("mn");
        var en = Strings("en");

        Assert.That(mn.Keys.Except(en.Keys), Is.Empty, "keys only in Mongolian");
        Assert.That(en.Keys.Except(mn.Keys), Is.Empty, "keys only in English");
        Assert.That(mn.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key), Is.Empty);
        Assert.That(en.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key), Is.Empty);
    }

    [Test]
    public void EveryKeyUsedInViewsAndCodeExistsInBothLanguages()
    {
        var mn = Strings("mn");
        var en = Strings("en");
        var web = Path.Combine(Repository.Root, "Dice.Lms.Web");
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .ToHashSet();

        Assert.That(used, Has.Count.GreaterThan(50), "the scan finds the keys");
        Assert.That(used.Where(k => !mn.ContainsKey(k)), Is.Empty, "missing in SharedResource.mn.resx");
        Assert.That(used.Where(k => !en.ContainsKey(k)), Is.Empty, "missing in SharedResource.en.resx");
    }

    [Test]
    public void KeysBuiltAtRunTimeExistInBothLanguages()
    {
        string[] prefixes = ["Email.Confirm", "Email.Reset", "Email.Invite"];
        string[] errors = ["Error.NotFound", "Error.Forbidden", "Error.BadRequest", "Error.TooManyRequests", "Error.Server", "Error.Other"];
        var keys = prefixes.SelectMany(p => new[] { p + ".Subject", p + ".Body", p + ".Action" })
            .Concat(errors.SelectMany(e => new[] { e + ".Title", e + ".Text" }))
            .Concat(Dice.Lms.Infrastructure.Identity.Roles.All.Select(r => "Role." + r))
            .Concat(Enum.GetNames<Dice.Lms.Domain.Imports.ImportProblemKind>().Select(k => "Import.Problem." + k));
        var mn = Strings("mn");

        Assert.That(keys.Where(k => !mn.ContainsKey(k)), Is.Empty);
    }

    // T["Key"], text["Key"], and DataAnnotations ErrorMessage/Name values.
    [GeneratedRegex(@"(?:\bT|\btext)\[""([A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])""|(?:ErrorMessage|Name) = ""((?:Validation|Field)\.[A-Za-z0-9.]*[A-Za-z0-9])""")]
    private static partial Regex KeyUse();
}
