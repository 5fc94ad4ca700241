namespace Dice.Lms.Domain.Authoring;

/// <summary>
/// The lines two texts share and the lines removed or added between them: a longest common subsequence of lines.
/// Modules are a few hundred lines, so the quadratic table is small once the common start and end are set aside.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string oldText, string newText) =>
        Compare(Lines(oldText), Lines(newText));

    public static IReadOnlyList<DiffLine> Compare(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        ArgumentNullException.ThrowIfNull(oldLines);
        ArgumentNullException.ThrowIfNull(newLines);
        var result = new List<DiffLine>();
        var start = 0;
        while (start < oldLines.Count && start < newLines.Count && oldLines[start] == newLines[start])
        {
            result.Add(new DiffLine(DiffLineKind.Unchanged, oldLines[start], start + 1, start + 1));
            start++;
        }

        var oldEnd = oldLines.Count;
        var newEnd = newLines.Count;
        while (oldEnd > start && newEnd > start && oldLines[oldEnd - 1] == newLines[newEnd - 1])
        {
            oldEnd--;
            newEnd--;
        }

        // common[i, j]: length of the longest common subsequence of oldLines[i..oldEnd] and newLines[j..newEnd].
        var rows = oldEnd - start;
        var columns = newEnd - start;
        var common = new int[rows + 1, columns + 1];
        for (var i = rows - 1; i >= 0; i--)
        {
            for (var j = columns - 1; j >= 0; j--)
            {
                common[i, j] = oldLines[start + i] == newLines[start + j]
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < rows || y < columns)
        {
            if (x < rows && y < columns && oldLines[start + x] == newLines[start + y])
            {
                result.Add(new DiffLine(DiffLineKind.Unchanged, oldLines[start + x], start + x + 1, start + y + 1));
                x++;
                y++;
            }
            else if (x < rows && (y == columns || common[x + 1, y] >= common[x, y + 1]))
            {
                // On a tie the removed line comes first, as readers of unified diffs expect.
                result.Add(new DiffLine(DiffLineKind.Removed, oldLines[start + x], start + x + 1, null));
                x++;
            }
            else
            {
                result.Add(new DiffLine(DiffLineKind.Added, newLines[start + y], null, start + y + 1));
                y++;
            }
        }

        for (var k = 0; k < oldLines.Count - oldEnd; k++)
        {
            result.Add(new DiffLine(DiffLineKind.Unchanged, oldLines[oldEnd + k], oldEnd + k + 1, newEnd + k + 1));
        }

        return result;
    }

    private static string[] Lines(string text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
}
