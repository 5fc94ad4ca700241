namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>A clock stopped at one moment, so checks against today's date give the same answer every year.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>A few days after the samples were reviewed.</summary>
    public static FixedClock SampleDay { get; } = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The date of <see cref="SampleDay"/>.</summary>
    public static DateOnly Today { get; } = new(2026, 12, 4);

    public static FixedClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
