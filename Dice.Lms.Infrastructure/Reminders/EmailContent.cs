namespace Dice.Lms.Infrastructure.Reminders;

/// <summary>A composed e-mail: subject, plain text and HTML, in the recipient's language.</summary>
public sealed record EmailContent(string Subject, string Text, string Html);
