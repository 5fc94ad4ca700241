using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>
/// Pathological Markdown is refused by the validator, with its line and in both languages, before Markdig parses it;
/// text at the limits is accepted and renders. (Speed: docs/benchmarks.md; the process surviving: Web.Tests' MarkdownFloodTests.)
/// </summary>
public sealed class MarkdownLimitsTests
{
    private const string FrontMatter = "---\nid: passwords\ntitle: Нууц үг\nlevel: beginner\ncompetences: [\"4.1\"]\nminutes: 10\nobjectives:\n  - Нууц үг\nreviewed: 2026-12-01\nsources: [\"support.google.com\"]\n---\n";

    // The body's first line is the file's twelfth.
    private const int BodyOffset = 11;

    private static ModuleCheck Check(string body) =>
        ContentValidator.ValidateModule(new DraftModule("safety", "01-passwords", "passwords",
            new Dictionary<string, string> { ["mn"] = FrontMatter + body, ["en"] = FrontMatter.Replace("Нууц үг", "Passwords") + "\nFine.\n" }, new Dictionary<string, byte[]>(), []), FixedClock.Today);

    [TestCaseSource(typeof(PathologicalMarkdown), nameof(PathologicalMarkdown.All))]
    public void APathologicalBodyIsRefusedAtItsLineInBothLanguages(PathologicalMarkdown.Case input)
    {
        var check = Check(input.Body);

        Assert.That(check.Module, Is.Null);
        var problem = check.Problems.Single(p => p.IsError);
        Assert.That(problem.Path, Is.EqualTo("safety/01-passwords.mn.md"));
        Assert.That(problem.Message, Does.Contain(input.Refusal));
        Assert.That(problem.Line, Is.EqualTo(BodyOffset + input.Line));
        Assert.That(problem.Text.Mn, Is.Not.Empty.And.Not.EqualTo(problem.Text.En));
    }

    [Test]
    public void TextAtEveryLimitIsAcceptedAndRenders()
    {
        var atLimits = string.Join("\n\n",
            new string('>', MarkdownLimits.MaxBlockNesting) + " a quote",
            string.Join('\n', Enumerable.Range(0, MarkdownLimits.MaxBlockNesting).Select(i => new string(' ', i * 2) + "- item")),
            new string('[', MarkdownLimits.MaxInlineNesting) + "x" + new string(']', MarkdownLimits.MaxInlineNesting),
            string.Concat(Enumerable.Repeat("*a ", MarkdownLimits.MaxInlineNesting)) + "x",
            "a" + new string('*', MarkdownLimits.MaxDelimiterRun) + "b",
            new string('*', 500),
            "|" + string.Concat(Enumerable.Repeat(" a |", MarkdownLimits.MaxTableColumns)) + "\n|" + string.Concat(Enumerable.Repeat("---|", MarkdownLimits.MaxTableColumns))
                + string.Concat(Enumerable.Repeat("\n| b | c |", MarkdownLimits.MaxTableRows - 2)),
            "```\n" + new string('>', 5_000) + "\n" + new string('[', 5_000) + "\n```",
            "A [link][r1].\n\n" + string.Join('\n', Enumerable.Range(1, MarkdownLimits.MaxReferenceDefinitions).Select(i => $"[r{i}]: https://example.org/{i}")));

        var check = Check("\n" + atLimits + "\n");

        Assert.That(check.Problems.Where(p => p.IsError), Is.Empty);
        var html = new ModuleRenderer().Render(check.Texts.Single(t => t.Language == "mn").Body, "mn", _ => null);
        Assert.That(html, Does.Contain("<table").And.Contain("<blockquote").And.Contain("https://example.org/1"));
    }

    [Test]
    public void AnOversizedFileIsRefusedBeforeItIsRead()
    {
        using var content = TempContent.FromSamples();
        // Sparse: two gigabytes claimed, nothing written to disk.
        using (var stream = new FileStream(Path.Combine(content.Root, TempContent.Mongolian), FileMode.Open))
        {
            stream.SetLength(2L * 1024 * 1024 * 1024);
        }

        var problems = ContentValidator.Validate(content.Root, TimeProvider.System);

        Assert.That(problems.Select(p => p.ToString()), Has.Some.StartWith($"{TempContent.Mongolian}:1: error: the file is 2,147,483,648 bytes"));
    }

    [Test]
    public void DeeplyNestedFrontMatterIsRefusedBeforeYamlReadsIt()
    {
        var check = ContentValidator.ValidateModule(new DraftModule("safety", "01-passwords", "passwords",
            new Dictionary<string, string> { ["mn"] = "---\nid: passwords\ntags: " + new string('[', 10_000) + "\n---\nText\n", ["en"] = "" }, new Dictionary<string, byte[]>(), []), FixedClock.Today);

        Assert.That(check.Problems.Single(p => p.IsError).Message, Does.Contain("nests [ or { more than"));
    }
}
