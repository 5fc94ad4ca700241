namespace Dice.Lms.Domain.Authoring;

/// <summary>One line of a diff, with its line number in the old text, the new text, or both.</summary>
public sealed record DiffLine(DiffLineKind Kind, string Text, int? OldNumber, int? NewNumber);
