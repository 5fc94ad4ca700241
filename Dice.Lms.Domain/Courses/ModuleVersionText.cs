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
}
