namespace Dice.Lms.Tests;

/// <summary>
/// Module bodies built to make a Markdown parser slow or overflow its stack, each with the words its refusal must hold
/// (in English) and the body line (from 1) it must name. Plain Markdig takes minutes over some of them (docs/benchmarks.md).
/// </summary>
public static class PathologicalMarkdown
{
    public sealed record Case(string Name, string Body, string Refusal, int Line)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Case> All()
    {
        yield return new("one line of 10,000 nested block quotes", "Intro\n\n" + new string('>', 10_000) + " deep\n", "nest 10000 deep", 3);
        yield return new("400 lines of growing block quotes", "Intro\n\n" + Lines(400, i => new string('>', i + 1) + " x"), "nest 33 deep", 35);
        yield return new("300 lines of ever deeper lists", "Intro\n\n" + Lines(300, i => new string(' ', i * 2) + "- x"), "nest 33 deep", 35);
        yield return new("10,000 list markers on a line", "Intro\n\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n", "lists nest", 3);
        yield return new("10,000 nested brackets", "Intro\n\n" + new string('[', 10_000) + "x" + new string(']', 10_000) + "\n", "brackets [", 3);
        yield return new("brackets left open over many lines", "Intro\n\n" + Lines(100, _ => "[a [b [c"), "brackets [", 13);
        yield return new("10,000 nested emphases", "Intro\n\n" + string.Concat(Enumerable.Repeat("*a ", 10_000)) + "x\n", "emphasis", 3);
        yield return new("20,000 mixed emphasis marks", "Intro\n\n" + string.Concat(Enumerable.Repeat("*_", 10_000)) + "x\n", "20000 * or _ marks in a row", 3);
        yield return new("a table 300 columns wide", "| " + string.Concat(Enumerable.Repeat("a | ", 300)) + "\n", "300 columns", 1);
        yield return new("a table 5,000 rows long", "| a | b |\n|---|---|\n" + Lines(5_000, _ => "| c | d |"), "longer than 200 rows", 201);
        yield return new("13 tables of 30 columns and 200 rows", Lines(13, _ => "|" + string.Concat(Enumerable.Repeat(" a |", 30)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 30)) + "\n"
            + string.Concat(Enumerable.Repeat("| b | c |\n", 198))), "10,000 cells", 335);
        yield return new("1,400 paragraphs of brackets 32 deep", Lines(1_400, _ => new string('[', 32) + "x" + new string(']', 32) + "\n"), "more than 10,000 brackets", 625);
        yield return new("2,000 link reference definitions", Lines(2_000, i => $"[r{i}]: /x{i}"), "reference definitions", 501);
        yield return new("a million characters of text", string.Concat(Enumerable.Repeat("word ", 200_000)), "1,000,000 characters", 1);
    }

    private static string Lines(int count, Func<int, string> line) => string.Join('\n', Enumerable.Range(0, count).Select(line)) + "\n";
}
