namespace Dice.Lms.Domain.Quizzes;

/// <summary>Why an attempt refused to take answers or to close.</summary>
public enum AttemptRefusal
{
    AlreadySubmitted,
    TimeLimitPassed,
    NotOverdue,
}
