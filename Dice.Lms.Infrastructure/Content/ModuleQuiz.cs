namespace Dice.Lms.Infrastructure.Content;

/// <summary>The <c>```quiz</c> block of a module: its lines without the fences and the file line of the first one.</summary>
public sealed record ModuleQuiz(IReadOnlyList<string> Lines, int FirstLineNumber)
{
    public int QuestionCount => 0;
}
