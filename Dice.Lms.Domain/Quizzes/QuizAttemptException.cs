namespace Dice.Lms.Domain.Quizzes;

/// <summary>An attempt was asked to do what its state does not allow; the web layer answers 409.</summary>
public sealed class QuizAttemptException(string message) : InvalidOperationException(message);
