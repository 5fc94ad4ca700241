using System.Globalization;

namespace Dice.Lms.Domain.Reminders;

/// <summary>A cohort's reminder rules, switched on or off by staff, and the idle days before the idle reminder.</summary>
public sealed record ReminderSettings
{
    public const int DefaultIdleDays = 7;
    public const int MinIdleDays = 1;
    public const int MaxIdleDays = 90;

    public ReminderSettings(bool idle, int idleDays, bool cohortEnd, bool failedQuiz, bool certificateReady)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(idleDays, MinIdleDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(idleDays, MaxIdleDays);
        Idle = idle;
        IdleDays = idleDays;
        CohortEnd = cohortEnd;
        FailedQuiz = failedQuiz;
        CertificateReady = certificateReady;
    }

    /// <summary>Every rule on, 7 idle days: what a new cohort, and a learner enrolled without a cohort, gets.</summary>
    public static ReminderSettings Default { get; } = new(true, DefaultIdleDays, true, true, true);

    public bool Idle { get; }

    public int IdleDays { get; }

    public bool CohortEnd { get; }

    public bool FailedQuiz { get; }

    public bool CertificateReady { get; }

    /// <summary>The stored form, e.g. "idle=7;end;quiz;certificate": a rule that is off is absent.</summary>
    public string Format()
    {
        var parts = new List<string>();
        parts.Add(Idle ? $"idle={IdleDays.ToString(CultureInfo.InvariantCulture)}" : $"idle-off={IdleDays.ToString(CultureInfo.InvariantCulture)}");
        if (CohortEnd)
        {
            parts.Add("end");
        }

        if (FailedQuiz)
        {
            parts.Add("quiz");
        }

        if (CertificateReady)
        {
            parts.Add("certificate");
        }

        return string.Join(';', parts);
    }

    /// <summary>Reads <see cref="Format"/>; an empty value (a cohort from before reminders existed) is the default.</summary>
    public static ReminderSettings Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var idle = false;
        var idleDays = DefaultIdleDays;
        foreach (var part in parts)
        {
            var (name, value) = part.IndexOf('=') is var at and >= 0 ? (part[..at], part[(at + 1)..]) : (part, "");
            if (name is "idle" or "idle-off")
            {
                idle = name == "idle";
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                {
                    idleDays = Math.Clamp(days, MinIdleDays, MaxIdleDays);
                }
            }
        }

        return new ReminderSettings(idle, idleDays, parts.Contains("end"), parts.Contains("quiz"), parts.Contains("certificate"));
    }
}
