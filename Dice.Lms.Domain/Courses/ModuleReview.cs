namespace Dice.Lms.Domain.Courses;

/// <summary>How long a module's fact check holds, and when it is due again.</summary>
public static class ModuleReview
{
    /// <summary>A module reviewed longer ago than this is due for review.</summary>
    public const int Months = 12;

    /// <summary>Whether a text reviewed on <paramref name="reviewed"/> (null: never) is due for review on <paramref name="today"/>.</summary>
    public static bool IsDue(DateOnly? reviewed, DateOnly today) => reviewed is not { } date || date.AddMonths(Months) < today;
}
