using System.Globalization;
using Dice.Lms.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Typed access to the keys of a YAML mapping that reports every problem at its line in the file. YamlDotNet's
/// representation model is used instead of deserialising into classes because it keeps each node's position.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _mapping;
    private readonly ContentProblems _problems;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly int _missingKeyLine;

    private YamlFields(YamlMappingNode mapping, ContentProblems problems, string path, int lineOffset, int missingKeyLine)
    {
        _mapping = mapping;
        _problems = problems;
        _path = path;
        _lineOffset = lineOffset;
        _missingKeyLine = missingKeyLine;
    }

    /// <param name="lineOffset">Added to YAML lines to give file lines: 1 for front matter, which starts on line 2.</param>
    /// <param name="missingKeyLine">Where to report a missing key: the line that opens the mapping.</param>
    public static YamlFields? Load(string yaml, ContentProblems problems, string path, int lineOffset, int missingKeyLine)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            problems.Error(path, (int)e.Start.Line + lineOffset, Describe(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way when the text ends inside [ ] or { }; the last event read marks where.
            var line = (int)(parser.Current?.Start.Line ?? 1) + lineOffset;
            problems.Error(path, line, new("YAML бичлэгийн алдаа: жагсаалт [ ] эсвэл түлхүүрүүдийн багц { } хаагдаагүй байна", "YAML syntax error: a list [ ] or a set of keys { } is not closed"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            problems.Error(path, missingKeyLine, new("YAML түлхүүр ба утга (түлхүүр: утга) байх ёстой", "expected YAML keys and values (key: value)"));
            return null;
        }

        return new YamlFields(mapping, problems, path, lineOffset, missingKeyLine);
    }

    /// <summary>The fields of a mapping nested in this one, such as one question of a list.</summary>
    public YamlFields Nested(YamlMappingNode mapping) => new(mapping, _problems, _path, _lineOffset, Line(mapping));

    public int Line(YamlNode node) => (int)node.Start.Line + _lineOffset;

    /// <summary>The line of a key, or of the mapping when the key is missing.</summary>
    public int LineOf(string key) =>
        _mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var name } && name == key) is { } node
            ? Line(node)
            : _missingKeyLine;

    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var key in _mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                _problems.Error(_path, Line(key), new($"'{name}' гэсэн түлхүүрийг танихгүй байна: зөвшөөрөгдсөн түлхүүрүүд нь {string.Join(", ", allowed)}", $"unknown key '{name}': allowed keys are {string.Join(", ", allowed)}"));
            }
        }
    }

    public YamlNode? Get(string key, bool required)
    {
        foreach (var (name, value) in _mapping.Children)
        {
            if (name is YamlScalarNode { Value: var text } && text == key)
            {
                return value;
            }
        }

        if (required)
        {
            _problems.Error(_path, _missingKeyLine, new($"заавал байх '{key}' түлхүүр алга", $"missing required key '{key}'"));
        }

        return null;
    }

    /// <summary>A non-empty text value, or null after reporting why not.</summary>
    public string? Text(string key, bool required = true)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            _problems.Error(_path, LineOf(key), new($"'{key}' нь текст байх ёстой, {Describe(node).Mn} биш", $"'{key}' must be a text, not a {Describe(node).En}"));
            return null;
        }

        var value = scalar.Value?.Trim() ?? "";
        if (value.Length == 0 || IsNull(scalar))
        {
            _problems.Error(_path, LineOf(key), new($"'{key}' хоосон байна", $"'{key}' is empty"));
            return null;
        }

        return value;
    }

    public int? WholeNumber(string key, int min, int max = int.MaxValue, bool required = true)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: var text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        _problems.Error(_path, LineOf(key), max == int.MaxValue
            ? new($"'{key}' нь хамгийн багадаа {min} байх бүхэл тоо байх ёстой", $"'{key}' must be a whole number of at least {min}")
            : new($"'{key}' нь {min}–{max} хоорондох бүхэл тоо байх ёстой", $"'{key}' must be a whole number from {min} to {max}"));
        return null;
    }

    /// <summary>A list of non-empty texts; reports a scalar or mapping in its place and empty items.</summary>
    public IReadOnlyList<(string Value, int Line)>? TextList(string key, bool required = true)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            _problems.Error(_path, LineOf(key), new($"'{key}' нь [\"a\", \"b\"] гэх мэт жагсаалт эсвэл '- '-ээр эхэлсэн мөрүүд байх ёстой", $"'{key}' must be a list, like [\"a\", \"b\"] or lines starting with '- '"));
            return null;
        }

        var items = new List<(string, int)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } scalar && !IsNull(scalar) && text.Trim().Length > 0)
            {
                items.Add((text.Trim(), Line(item)));
            }
            else
            {
                _problems.Error(_path, Line(item), new($"'{key}'-ийн зүйл бүр хоосон биш текст байх ёстой", $"each item of '{key}' must be a non-empty text"));
            }
        }

        if (items.Count == 0 && sequence.Children.Count == 0)
        {
            _problems.Error(_path, LineOf(key), new($"'{key}' хоосон байна", $"'{key}' is empty"));
        }

        return items;
    }

    /// <summary>A mapping with an <c>mn</c> and an <c>en</c> text; a missing language is reported.</summary>
    public LocalizedText Localized(string key, bool required = true)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return LocalizedText.Empty;
        }

        if (node is not YamlMappingNode mapping)
        {
            _problems.Error(_path, LineOf(key), new($"'{key}' нь тус тусдаа мөрөнд 'mn' болон 'en' тексттэй байх ёстой", $"'{key}' must have an 'mn' and an 'en' text on their own lines"));
            return LocalizedText.Empty;
        }

        var keyLine = LineOf(key);
        var fields = new YamlFields(mapping, _problems, _path, _lineOffset, keyLine);
        fields.RejectUnknownKeys([Languages.Mongolian, Languages.English]);
        string Language(string language)
        {
            var value = fields.Get(language, required: false);
            if (value is YamlScalarNode { Value: { } text } scalar && !IsNull(scalar) && text.Trim().Length > 0)
            {
                return text.Trim();
            }

            _problems.Error(_path, value is null ? keyLine : Line(value), new($"'{key}'-д '{language}' текст алга", $"'{key}' has no '{language}' text"));
            return "";
        }

        return new LocalizedText(Language(Languages.Mongolian), Language(Languages.English));
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";

    private static LocalizedText Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => new("жагсаалт", "list"),
        YamlMappingNode => new("түлхүүрүүдийн багц", "set of keys"),
        _ => new("текст", "text"),
    };

    /// <summary>The parser's own wording (English only), with a hint in both languages for the commonest mistake.</summary>
    private static LocalizedText Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with the position, which the problem line already gives.
        var message = e.Message;
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && end > 0)
        {
            message = message[(end + 3)..];
        }

        message = message.Trim();
        return message.Contains("mapping", StringComparison.OrdinalIgnoreCase)
            ? new($"YAML бичлэгийн алдаа: {message} ': ' агуулсан текстийг хашилтад хийнэ үү", $"YAML syntax error: {message} Put quotes around a text that contains ': '")
            : new($"YAML бичлэгийн алдаа: {message}", $"YAML syntax error: {message}");
    }
}
