namespace Dice.Lms.Domain.Quizzes;

/// <summary>The weight an option gets when its author gave none (docs/authoring.md, "Grading").</summary>
internal static class DefaultWeights
{
    public static decimal ForOption(QuestionType type, bool isChecked, int checkedCount, int uncheckedCount)
    {
        if (type != QuestionType.Multiple)
            return isChecked ? 100 : 0;
        // As in Moodle: the correct options share 100%, and choosing every wrong one cancels it all.
        return isChecked ? 100m / checkedCount : -100m / uncheckedCount;
    }
}
