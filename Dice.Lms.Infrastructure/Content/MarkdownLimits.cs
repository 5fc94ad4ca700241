using System.Globalization;
using Dice.Lms.Domain;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Bounds on a module's text, checked by one linear pass before Markdig (or YAML) sees it. Markdig has no limits of its
/// own that keep it fast: a few thousand lines of growing block-quote or list nesting take it minutes, thousands of
/// open brackets or emphasis marks seconds, and only very deep nesting stops it (with an exception, after the time is
/// spent). Everything under these limits renders in well under a second (docs/benchmarks.md, "Markdown limits"); the
/// largest shipped module is about a tenth of the size limit and nests four deep.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Characters in one language's file of a module.</summary>
    public const int MaxCharacters = 100_000;

    /// <summary>Bytes of a module file read from disk, checked before it is read: four bytes a character at most.</summary>
    public const int MaxFileBytes = (MaxCharacters * 4) + 16_384;

    /// <summary>Block quotes, list items and indentation levels around one line.</summary>
    public const int MaxBlockNesting = 32;

    /// <summary>Brackets, or emphasis marks (* and _), open at once within one paragraph.</summary>
    public const int MaxInlineNesting = 32;

    /// <summary>* and _ in a row within a line of text (a line of nothing else is a thematic break and fine).</summary>
    public const int MaxDelimiterRun = 32;

    public const int MaxTableColumns = 30;

    public const int MaxTableRows = 200;

    /// <summary>Cells of all tables together, each row counted as wide as its table (Markdig renders it so).</summary>
    public const int MaxTableCells = 10_000;

    /// <summary>Brackets [ in the whole text: a link takes one.</summary>
    public const int MaxBrackets = 10_000;

    /// <summary>Link reference definitions (<c>[name]: address</c>).</summary>
    public const int MaxReferenceDefinitions = 500;

    /// <summary>Characters of front matter, and the depth of its [ and { nesting.</summary>
    public const int MaxFrontMatterCharacters = 20_000;

    public const int MaxFrontMatterNesting = 8;

    /// <summary>A count as both languages' messages and the command line show it, whatever the thread's culture.</summary>
    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The first limit the front matter breaks, or null.</summary>
    public static LocalizedText? CheckFrontMatter(string yaml)
    {
        if (yaml.Length > MaxFrontMatterCharacters)
        {
            return new($"толгой хэсэг {N(yaml.Length)} тэмдэгт байна; хамгийн ихдээ {N(MaxFrontMatterCharacters)}", $"the front matter is {N(yaml.Length)} characters long; at most {N(MaxFrontMatterCharacters)}");
        }

        var depth = 0;
        foreach (var c in yaml)
        {
            depth += c is '[' or '{' ? 1 : c is ']' or '}' && depth > 0 ? -1 : 0;
            if (depth > MaxFrontMatterNesting)
            {
                return new($"толгой хэсэгт [ эсвэл {{ хаалт {MaxFrontMatterNesting}-аас олон давхар байна", $"the front matter nests [ or {{ more than {MaxFrontMatterNesting} deep");
            }
        }

        return null;
    }

    /// <summary>The first limit the body breaks, with its line (0 = the body's first line), or null.</summary>
    public static (int Line, LocalizedText Text)? CheckBody(string body)
    {
        if (body.Length > MaxCharacters)
        {
            return (0, new($"модулийн текст {N(body.Length)} тэмдэгт байна; хамгийн ихдээ {N(MaxCharacters)}: хэд хэдэн модульд хуваана уу",
                $"the module text is {N(body.Length)} characters long; at most {N(MaxCharacters)}: split it into several modules"));
        }

        var lines = body.Split('\n');
        string? fence = null;
        var bracketDepth = 0;
        var emphasisDepth = 0;
        var tableRows = 0;
        var tableColumns = 0;
        var tableCells = 0;
        var brackets = 0;
        var references = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart(' ', '\t');
            if (fence is not null)
            {
                // Code (and the quiz block) is shown as written: none of the limits below applies inside a fence.
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd().Trim(fence[0]).Length == 0)
                {
                    fence = null;
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = new string(trimmed[0], trimmed.TakeWhile(c => c == trimmed[0]).Count());
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                // A blank line ends the paragraph, and with it whatever brackets and emphasis were left open.
                (bracketDepth, emphasisDepth, tableRows) = (0, 0, 0);
                continue;
            }

            if (BlockNesting(line) is var nesting and > MaxBlockNesting)
            {
                return (i, new($"хашилт (>) болон жагсаалт {nesting} давхар байна; хамгийн ихдээ {MaxBlockNesting}", $"block quotes (>) and lists nest {nesting} deep here; at most {MaxBlockNesting}"));
            }

            if (trimmed.StartsWith('[') && trimmed.Contains("]:", StringComparison.Ordinal) && ++references > MaxReferenceDefinitions)
            {
                return (i, new($"холбоосын тодорхойлолт ([нэр]: хаяг) {MaxReferenceDefinitions}-аас олон байна", $"more than {MaxReferenceDefinitions} link reference definitions ([name]: address)"));
            }

            var pipes = line.Count(c => c == '|');
            if (pipes > MaxTableColumns + 1)
            {
                return (i, new($"хүснэгтийн мөр {pipes - 1} баганатай; хамгийн ихдээ {MaxTableColumns}", $"a table row with {pipes - 1} columns; at most {MaxTableColumns}"));
            }

            tableRows = pipes > 0 ? tableRows + 1 : 0;
            tableColumns = pipes > 0 ? Math.Max(tableColumns, pipes - 1) : 0;
            tableCells += tableColumns;
            if (tableCells > MaxTableCells)
            {
                return (i, new($"хүснэгтүүд нийтдээ {N(MaxTableCells)}-аас олон нүдтэй", $"the tables hold more than {N(MaxTableCells)} cells in all"));
            }

            brackets += line.Count(c => c == '[');
            if (brackets > MaxBrackets)
            {
                return (i, new($"[ хаалт {N(MaxBrackets)}-аас олон байна", $"more than {N(MaxBrackets)} brackets ["));
            }

            if (tableRows > MaxTableRows)
            {
                return (i, new($"хүснэгт {MaxTableRows}-аас олон мөртэй: хэд хэдэн хүснэгтэд хуваана уу", $"a table longer than {MaxTableRows} rows: split it into several tables"));
            }

            if (CheckInline(line, ref bracketDepth, ref emphasisDepth) is { } problem)
            {
                return (i, problem);
            }
        }

        return null;
    }

    /// <summary>Containers opened at the start of a line: each &gt;, each list marker, and every two columns of indentation.</summary>
    private static int BlockNesting(string line)
    {
        var depth = 0;
        var columns = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4;
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if (c is '-' or '+' or '*' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                depth++;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < line.Length && char.IsAsciiDigit(line[end]))
                {
                    end++;
                }

                if (end - i > 9 || end + 1 >= line.Length || line[end] is not ('.' or ')') || line[end + 1] is not (' ' or '\t'))
                {
                    break;
                }

                depth++;
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return depth + (columns / 2);
    }

    private static LocalizedText? CheckInline(string line, ref int bracketDepth, ref int emphasisDepth)
    {
        var onlyDelimiters = line.Trim().All(c => c is '*' or '_' or '-' or ' ' or '\t');
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '[')
            {
                bracketDepth++;
            }
            else if (c == ']' && bracketDepth > 0)
            {
                bracketDepth--;
            }
            else if (c is '*' or '_')
            {
                var end = i;
                while (end < line.Length && line[end] is '*' or '_')
                {
                    end++;
                }

                if (end - i > MaxDelimiterRun && !onlyDelimiters)
                {
                    return new($"{end - i} * эсвэл _ тэмдэгт дараалсан байна; хамгийн ихдээ {MaxDelimiterRun}", $"{end - i} * or _ marks in a row; at most {MaxDelimiterRun}");
                }

                var before = i == 0 ? ' ' : line[i - 1];
                var after = end == line.Length ? ' ' : line[end];
                // An opener is followed by text and not preceded by it; a closer the other way round (CommonMark's flanking, roughly).
                if (!char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || char.IsPunctuation(before)))
                {
                    emphasisDepth++;
                }
                else if (!char.IsWhiteSpace(before) && emphasisDepth > 0)
                {
                    emphasisDepth--;
                }

                i = end - 1;
            }

            if (bracketDepth > MaxInlineNesting || emphasisDepth > MaxInlineNesting)
            {
                return new($"[ хаалт эсвэл * _ онцлолт нэг догол мөрөнд {MaxInlineNesting}-аас олон нээлттэй байна", $"more than {MaxInlineNesting} brackets [ or emphasis marks * _ open at once in one paragraph");
            }
        }

        return null;
    }
}
