namespace Dice.Lms.Domain.Quizzes;

public sealed record StartDecision(bool Allowed, StartRefusal? Refusal, DateTime? AvailableAt);
