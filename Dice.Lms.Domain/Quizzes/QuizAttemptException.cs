namespace Dice.Lms.Domain.Quizzes;

/// <summary>An attempt was asked to do what its state does not allow; the web layer answers 409 and says why.</summary>
public sealed class QuizAttemptException(AttemptRefusal reason, string message) : InvalidOperationException(message)
{
    public AttemptRefusal Reason { get; } = reason;
}
