namespace Dice.Lms.Infrastructure.Data;

/// <summary>`database copy` writes only into an empty database: nothing was written.</summary>
public sealed class TargetNotEmptyException(string message) : Exception(message);
