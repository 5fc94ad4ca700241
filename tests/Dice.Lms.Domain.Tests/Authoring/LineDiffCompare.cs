using Dice.Lms.Domain.Authoring;

namespace Dice.Lms.Domain.Tests.Authoring;

public sealed class LineDiffCompare
{
    private static string Render(IEnumerable<DiffLine> diff) =>
        string.Join("|", diff.Select(l => (l.Kind switch { DiffLineKind.Added => "+", DiffLineKind.Removed => "-", _ => " " }) + l.Text));

    [Test]
    public void IdenticalTextsHaveOnlyUnchangedLines()
    {
        var diff = LineDiff.Compare("a\nb\nc\n", "a\nb\nc\n");

        Assert.That(diff.Select(l => l.Kind), Is.All.EqualTo(DiffLineKind.Unchanged));
        Assert.That(diff.Select(l => l.NewNumber), Is.EqualTo(new int?[] { 1, 2, 3 }));
    }

    [Test]
    public void AChangedLineIsRemovedThenAdded()
    {
        var diff = LineDiff.Compare("title\n- [x] True\n- [ ] False\nend", "title\n- [ ] True\n- [x] False\nend");

        Assert.That(Render(diff), Is.EqualTo(" title|-- [x] True|-- [ ] False|+- [ ] True|+- [x] False| end"));
    }

    [Test]
    public void InsertedAndDeletedLinesKeepTheLinesAroundThem()
    {
        var diff = LineDiff.Compare("a\nb\nc\nd", "a\nc\nx\nd");

        Assert.That(Render(diff), Is.EqualTo(" a|-b| c|+x| d"));
        Assert.That(diff.Single(l => l.Text == "x").OldNumber, Is.Null);
        Assert.That(diff.Single(l => l.Text == "x").NewNumber, Is.EqualTo(3));
        Assert.That(diff.Single(l => l.Text == "b").OldNumber, Is.EqualTo(2));
        Assert.That(diff.Single(l => l.Text == "d").OldNumber, Is.EqualTo(4));
    }

    [Test]
    public void AnEmptyOldTextIsAllAdded()
    {
        var diff = LineDiff.Compare("", "one\ntwo");

        Assert.That(Render(diff), Is.EqualTo("+one|+two"));
    }

    [Test]
    public void TheDiffKeepsALongestCommonSubsequence()
    {
        var diff = LineDiff.Compare("a\nb\nc\na\nb\nb\na", "c\nb\na\nb\na\nc");

        // The classic Myers example: the longest common subsequence has four lines.
        Assert.That(diff.Count(l => l.Kind == DiffLineKind.Unchanged), Is.EqualTo(4));
        Assert.That(diff.Where(l => l.Kind != DiffLineKind.Added).Select(l => l.Text), Is.EqualTo(new[] { "a", "b", "c", "a", "b", "b", "a" }));
        Assert.That(diff.Where(l => l.Kind != DiffLineKind.Removed).Select(l => l.Text), Is.EqualTo(new[] { "c", "b", "a", "b", "a", "c" }));
    }

    [Test]
    public void WindowsLineEndingsDoNotCountAsChanges()
    {
        var diff = LineDiff.Compare("a\r\nb\r\n", "a\nb\n");

        Assert.That(diff.Select(l => l.Kind), Is.All.EqualTo(DiffLineKind.Unchanged));
    }
}
