namespace Dice.Lms.Domain.Authoring;

public enum DiffLineKind
{
    Unchanged = 0,
    Removed = 1,
    Added = 2,
}
