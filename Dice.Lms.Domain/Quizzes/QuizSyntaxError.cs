namespace Dice.Lms.Domain.Quizzes;

/// <summary>A problem in a quiz source, at a 1-based line of the file, said in both languages.</summary>
public sealed record QuizSyntaxError(int Line, LocalizedText Text)
{
    /// <summary>The English wording, as the command line and <c>quiz convert --to json</c> print it.</summary>
    public string Message => Text.En;
}
