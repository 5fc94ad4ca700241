namespace Dice.Lms.Infrastructure.Reminders;

/// <param name="Queued">Reminders queued as e-mails now.</param>
/// <param name="ForDigest">Reminders kept for the weekly digest.</param>
/// <param name="Digests">Weekly digest e-mails queued.</param>
public sealed record ReminderRunResult(int Queued, int ForDigest, int Digests);
