namespace Dice.Lms.Infrastructure.Content;

public enum ContentSeverity
{
    Error,
    Warning,
}
