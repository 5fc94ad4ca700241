using System.Text;
using Dice.Lms.Domain;
using YamlDotNet.RepresentationModel;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// <c>content/glossary.yml</c>: one Mongolian term per concept and the variants it replaces. Every Mongolian module
/// is searched for the variants; each one found is a warning at its line that names the term to use.
/// </summary>
internal sealed class Glossary
{
    /// <summary>The language whose module files the glossary checks.</summary>
    public const string Language = Languages.Mongolian;

    private static readonly string[] EntryKeys = ["concept", "term", "variants"];

    private readonly IReadOnlyList<GlossaryEntry> _entries;

    private Glossary(IReadOnlyList<GlossaryEntry> entries) => _entries = entries;

    public IReadOnlyList<GlossaryEntry> Entries => _entries;

    public static Glossary? Read(string file, string path, ContentProblems problems)
    {
        var fields = YamlFields.Load(File.ReadAllText(file), problems, path, lineOffset: 0, missingKeyLine: 1);
        if (fields is null)
        {
            return null;
        }

        fields.RejectUnknownKeys(["terms"]);
        if (fields.Get("terms", required: true) is not { } node)
        {
            return null;
        }

        if (node is not YamlSequenceNode list)
        {
            problems.Error(path, fields.Line(node), new("'terms' нь нэр томьёоны жагсаалт байх ёстой, нэг бүр '- concept:'-оор эхэлнэ", "'terms' must be a list of terms, each starting with '- concept:'"));
            return null;
        }

        var entries = new List<GlossaryEntry>();
        var owner = new Dictionary<string, (string Concept, int Line)>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                problems.Error(path, fields.Line(item), new("нэр томьёо бүр concept, term, variants түлхүүртэй байх ёстой", "each term must have the keys concept, term and variants"));
                continue;
            }

            var entry = fields.Nested(mapping);
            entry.RejectUnknownKeys(EntryKeys);
            var concept = entry.Text("concept");
            var term = entry.Text("term");
            var variants = entry.TextList("variants");
            if (concept is null || term is null || variants is null)
            {
                continue;
            }

            var words = new List<(string Text, int Line)> { (term, entry.LineOf("term")) };
            words.AddRange(variants);
            foreach (var (word, line) in words)
            {
                var key = Fold(word);
                if (!owner.TryAdd(key, (concept, line)))
                {
                    problems.Error(path, line, new($"'{word}' нэр томьёоны жагсаалтад хоёр удаа байна: {owner[key].Line}-р мөрөнд ('{owner[key].Concept}') бас байна", $"'{word}' is in the glossary twice: also on line {owner[key].Line} ('{owner[key].Concept}')"));
                }
            }

            entries.Add(new GlossaryEntry(concept, term, [.. variants.Select(v => v.Value)]));
        }

        return new Glossary(entries);
    }

    /// <summary>Warns at each line of a module file that uses a variant instead of the glossary's term.</summary>
    public void Check(string path, byte[] bytes, ContentProblems problems)
    {
        var lines = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var (entry, variant) in Find(lines[i]))
            {
                problems.Warning(path, i + 1, new(
                    $"'{variant}' биш '{entry.Term}' гэж бичнэ үү: нэр томьёоны жагсаалтад ({ContentReader.GlossaryFileName}) '{entry.Concept}' гэдэг нэг л нэр томьёотой",
                    $"write '{entry.Term}', not '{variant}': the glossary ({ContentReader.GlossaryFileName}) has one term for '{entry.Concept}'"));
            }
        }
    }

    /// <summary>The variants a line uses, once each, in the order of the glossary.</summary>
    public IEnumerable<(GlossaryEntry Entry, string Variant)> Find(string line)
    {
        var text = Fold(line);
        foreach (var entry in _entries)
        {
            var term = Fold(entry.Term);
            foreach (var variant in entry.Variants)
            {
                var folded = Fold(variant);
                for (var at = text.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = text.IndexOf(folded, at + 1, StringComparison.Ordinal))
                {
                    // A variant counts where a word starts (inflected endings follow it), and not where the term
                    // itself starts: "програм" is a variant of "программ" but "программ" is not a use of it.
                    var wordStart = at == 0 || !IsWordCharacter(text[at - 1]);
                    if (wordStart && !text.AsSpan(at).StartsWith(term, StringComparison.Ordinal))
                    {
                        yield return (entry, variant);
                        break;
                    }
                }
            }
        }
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '-' or '\u00AD';

    private static string Fold(string text) => text.ToLowerInvariant();
}

internal sealed record GlossaryEntry(string Concept, string Term, IReadOnlyList<string> Variants);
