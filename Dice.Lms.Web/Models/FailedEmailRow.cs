namespace Dice.Lms.Web.Models;

public sealed record FailedEmailRow(long Id, string ToAddress, string Kind, string? Error, int Attempts, DateTime CreatedAt, DateTime NextAttemptAt);
