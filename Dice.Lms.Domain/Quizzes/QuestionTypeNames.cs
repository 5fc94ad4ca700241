namespace Dice.Lms.Domain.Quizzes;

/// <summary>The names used for question types in the quiz syntax and in JSON.</summary>
public static class QuestionTypeNames
{
    public static string ToName(this QuestionType type) => type switch
    {
        QuestionType.Single => "single",
        QuestionType.Multiple => "multiple",
        QuestionType.TrueFalse => "truefalse",
        QuestionType.ShortAnswer => "shortanswer",
        QuestionType.Matching => "matching",
        QuestionType.Numerical => "numerical",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(string name, out QuestionType type)
    {
        foreach (var candidate in Enum.GetValues<QuestionType>())
        {
            if (candidate.ToName() == name)
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    public static string All => string.Join(", ", Enum.GetValues<QuestionType>().Select(t => t.ToName()));
}
