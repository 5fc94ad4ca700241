namespace Dice.Lms.Domain.Reminders;

/// <summary>When the weekly digest goes out.</summary>
public static class ReminderDigest
{
    /// <summary>Monday: the start of the working week.</summary>
    public const DayOfWeek Weekday = DayOfWeek.Monday;

    public static bool IsDigestDay(DateOnly today) => today.DayOfWeek == Weekday;

    /// <summary>One digest per user, topic and week: "digest:reminders:USER:2026-11-23" (the digest day).</summary>
    public static string Key(string userId, EmailTopic topic, DateOnly today) =>
        $"digest:{topic.ToString().ToLowerInvariant()}:{userId}:{today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
