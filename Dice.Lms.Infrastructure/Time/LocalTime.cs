using System.Globalization;
using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Time;

/// <summary>
/// The one place a stored moment (UTC) becomes what people read: the date and clock time in <c>Lms:TimeZone</c>
/// (Ulaanbaatar by default), for every view, e-mail and certificate. Nothing is stored in local time.
/// </summary>
public sealed class LocalTime(IOptions<LmsOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    /// <summary>The local date and time of a stored UTC moment, "2026-12-05 03:59".</summary>
    public string DateTime(DateTime utc) => Local(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The local date of a stored UTC moment, "2026-12-05".</summary>
    public string Date(DateTime utc) => Local(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A calendar date (a deadline, a cohort's end), which has no time zone of its own.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The moment with its offset for a &lt;time datetime&gt; attribute, "2026-12-05T03:59:00+08:00".</summary>
    public string Machine(DateTime utc) => new DateTimeOffset(Local(utc), _zone.GetUtcOffset(AsUtc(utc))).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The local calendar day of a stored UTC moment (a certificate's "issued on").</summary>
    public DateOnly Day(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>Today where the learners are.</summary>
    public DateOnly Today => Day(clock.GetUtcNow().UtcDateTime);

    private DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), _zone);

    // Providers hand stored values back as Unspecified (SQLite) or Utc; every stored value is UTC.
    private static DateTime AsUtc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : System.DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
