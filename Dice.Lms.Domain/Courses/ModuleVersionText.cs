namespace Dice.Lms.Domain.Courses;

/// <summary>A module version in one language: title, objectives, Markdown and its quiz block.</summary>
public sealed class ModuleVersionText
{
    public ModuleVersionText(string language, string title, string objectives, string markdown, int bodyStartLine, int wordCount, string quiz, int quizFirstLine, int questionCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        Language = language;
        Title = title;
        Objectives = objectives;
        Markdown = markdown;
        BodyStartLine = bodyStartLine;
        WordCount = wordCount;
        Quiz = quiz;
        QuizFirstLine = quizFirstLine;
        QuestionCount = questionCount;
    }

    public int VersionId { get; private set; }

    public string Language { get; private set; }

    public string Title { get; private set; }

    /// <summary>One learning objective per line.</summary>
    public string Objectives { get; private set; }

    public string Markdown { get; private set; }

    public int BodyStartLine { get; private set; }

    public int WordCount { get; private set; }

    /// <summary>The lines inside the ```quiz fence; empty when the module has no quiz.</summary>
    public string Quiz { get; private set; }

    public int QuizFirstLine { get; private set; }

    public int QuestionCount { get; private set; }

    public IReadOnlyList<string> ObjectiveList => Objectives.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>When the facts of this text were last checked; null for a version published before reviews were kept.</summary>
    public DateOnly? Reviewed { get; private set; }

    /// <summary>What the facts were checked against, one source per line.</summary>
    public string Sources { get; private set; } = "";

    public IReadOnlyList<string> SourceList => Sources.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Records the fact check the text's front matter states.</summary>
    public void RecordReview(DateOnly? reviewed, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Reviewed = reviewed;
        Sources = string.Join('\n', sources.Select(s => s.ReplaceLineEndings(" ").Trim()).Where(s => s.Length > 0));
    }
}
