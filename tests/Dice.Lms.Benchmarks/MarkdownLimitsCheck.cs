using BenchmarkDotNet.Attributes;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Tests;

namespace Dice.Lms.Benchmarks;

/// <summary>
/// What the editor's preview does with a text (validate, then render what passed): with each pathological input of the
/// tests, which must be refused fast, and with texts at every limit at once, which must be accepted and rendered fast.
/// </summary>
[MemoryDiagnoser]
// In process: each call is hundreds of microseconds to a few hundred milliseconds, well above the harness's noise.
[InProcess]
public class MarkdownLimitsCheck
{
    private const string FrontMatter = "---\nid: flood\ntitle: Flood\nlevel: beginner\ncompetences: [\"4.1\"]\nminutes: 10\nobjectives:\n  - Flood\nreviewed: 2026-12-01\nsources: [\"support.google.com\"]\n---\n";

    private static readonly Dictionary<string, string> Inputs = PathologicalMarkdown.All()
        .ToDictionary(c => "refused: " + c.Name, c => c.Body)
        .Concat(AtLimits())
        .ToDictionary();

    private readonly ModuleRenderer _renderer = new();

    public static IEnumerable<string> Names => Inputs.Keys;

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = "";

    [Benchmark]
    public int ValidateThenRender()
    {
        var check = ContentValidator.ValidateModule(new DraftModule("safety", "01-flood", "flood",
            new Dictionary<string, string> { ["mn"] = FrontMatter + Inputs[Input], ["en"] = "" }, new Dictionary<string, byte[]>(), []), DateOnly.FromDateTime(DateTime.UtcNow));
        var body = check.Texts.FirstOrDefault(t => t.Language == "mn");
        return body is null ? check.Problems.Count : _renderer.Render(body.Body, "mn", _ => null).Length;
    }

    private static IEnumerable<KeyValuePair<string, string>> AtLimits()
    {
        static string Repeat(int count, Func<int, string> line) => string.Join('\n', Enumerable.Range(0, count).Select(line)) + "\n";
        yield return new("accepted: 2,800 lines quoted 32 deep", Repeat(2_800, _ => new string('>', 32) + " x"));
        yield return new("accepted: 2,800 list items cycling 1 to 32 deep", Repeat(2_800, i => new string(' ', (i % 32) * 2) + "- x"));
        yield return new("accepted: 310 paragraphs of brackets 32 deep", Repeat(310, _ => new string('[', 32) + "x" + new string(']', 32) + "\n"));
        yield return new("accepted: 480 paragraphs of emphasis 32 deep", Repeat(480, _ => string.Concat(Enumerable.Repeat("*a ", 32)) + "x" + string.Concat(Enumerable.Repeat(" a*", 32)) + "\n"));
        yield return new("accepted: 2 tables of 30 columns x 165 rows", Repeat(2, _ => "|" + string.Concat(Enumerable.Repeat(" a |", 30)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 30)) + "\n"
            + string.Concat(Enumerable.Repeat("| b | c |\n", 163))));
        yield return new("accepted: 100,000 characters of prose", string.Concat(Enumerable.Repeat("Нууц үгээ хэнд ч бүү хэл. ", 3_800)));
    }
}
