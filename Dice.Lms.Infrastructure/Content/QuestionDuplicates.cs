using System.Text.RegularExpressions;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Finds a quiz question asked again in another module of the catalogue: a correct answer in common and a question text
/// that shares most of its words. Each is a warning at the later question, naming the earlier one.
/// </summary>
internal static partial class QuestionDuplicates
{
    /// <summary>The share of word stems two question texts must have in common (Jaccard index) to count as the same.</summary>
    public const double Similarity = 0.4;

    public static void Report(IEnumerable<ModuleFile> files, ContentProblems problems)
    {
        foreach (var language in files.GroupBy(f => f.Name.Language))
        {
            var questions = language.OrderBy(f => f.Version.Path, StringComparer.Ordinal).SelectMany(Questions).ToList();
            for (var i = 0; i < questions.Count; i++)
            {
                var later = questions[i];
                var earlier = questions.Take(i).FirstOrDefault(q => q.Module != later.Module && Same(q, later));
                if (earlier is not null)
                {
                    problems.Warning(later.Path, later.Line, new(
                        $"энэ асуулт {earlier.Path}:{earlier.Line}-д байгаа асуулттай бараг ижил: асуултыг нэг л модульд асууж, нөгөөд нь өөр зүйл шалга",
                        $"this question is nearly the same as the one at {earlier.Path}:{earlier.Line}: ask it in one module only and test something else here"));
                }
            }
        }
    }

    private static bool Same(Question a, Question b) =>
        a.Answers.Overlaps(b.Answers) && Jaccard(a.Words, b.Words) >= Similarity;

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    /// <summary>Each question of a module's quiz block with its file line, the stems of its words and its full-credit answers.</summary>
    private static IEnumerable<Question> Questions(ModuleFile file)
    {
        if (file.Version.Quiz is not { } quiz)
        {
            yield break;
        }

        Question? current = null;
        for (var i = 0; i < quiz.Lines.Count; i++)
        {
            var line = quiz.Lines[i].Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = new Question(file.Version.Path, file.Version.Id, quiz.FirstLineNumber + i, Stems(line[3..]), []);
            }
            else if (current is not null && Answer(line) is { } answer)
            {
                current.Answers.Add(answer);
            }
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>The normalised text of a full-credit answer line (<c>- [x] …</c> or <c>= …</c> without a weight), or null.</summary>
    private static string? Answer(string line)
    {
        string text;
        if (line.StartsWith("- [x] ", StringComparison.OrdinalIgnoreCase))
        {
            text = line[6..];
        }
        else if (line.StartsWith("= ", StringComparison.Ordinal))
        {
            text = line[2..];
        }
        else
        {
            return null;
        }

        var feedback = text.IndexOf(" ::", StringComparison.Ordinal);
        text = (feedback < 0 ? text : text[..feedback]).Trim();
        return text.StartsWith('(') ? null : Spaces().Replace(text.ToLowerInvariant(), " ");
    }

    /// <summary>The first five letters of each word of three letters or more: enough to match Mongolian inflections.</summary>
    private static HashSet<string> Stems(string text) =>
        [.. Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2).Select(w => w.Length > 5 ? w[..5] : w)];

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private sealed record Question(string Path, string Module, int Line, HashSet<string> Words, HashSet<string> Answers);
}
