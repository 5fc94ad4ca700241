namespace Dice.Lms.Domain.Quizzes;

public enum StartRefusal
{
    AttemptOpen,
    NoAttemptsLeft,
    MustWait,
}
