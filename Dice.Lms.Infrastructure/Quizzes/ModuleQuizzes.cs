using System.Collections.Concurrent;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Infrastructure.Quizzes;

/// <summary>The parsed quiz of each module version and language; a version never changes, so each is parsed once.</summary>
public sealed class ModuleQuizzes
{
    private readonly ConcurrentDictionary<(int VersionId, string Language), QuizDefinition?> _quizzes = new();

    public QuizDefinition? For(ModuleVersion version, string language)
    {
        var text = version.Text(language);
        if (text is null || text.Quiz.Length == 0)
        {
            return null;
        }

        return _quizzes.GetOrAdd((version.Id, text.Language), _ => QuizSyntax.Parse(text.Quiz.Split('\n'), text.QuizFirstLine).Quiz);
    }
}
