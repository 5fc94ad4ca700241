namespace Dice.Lms.Web.Models;

public sealed record FailedEmailRow(long Id, string ToAddress, string Kind, string Subject, string? Error, int Attempts, DateTime CreatedAt, DateTime? HandedOverAt);
