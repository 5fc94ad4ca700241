namespace Dice.Lms.Domain.Quizzes;

public enum QuestionType
{
    Single,
    Multiple,
    TrueFalse,
    ShortAnswer,
    Matching,
    Numerical,
}
