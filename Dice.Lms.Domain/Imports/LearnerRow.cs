namespace Dice.Lms.Domain.Imports;

public sealed record LearnerRow(int Line, string Email, string FullName, string Organization);
