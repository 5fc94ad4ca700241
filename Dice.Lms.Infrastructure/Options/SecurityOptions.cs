namespace Dice.Lms.Infrastructure.Options;

/// <summary>The "Lms:Security" section.</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// Account form posts (sign-in, sign-up, forgot and reset password) one address may make per minute: slows password
    /// guessing across many accounts, which the per-account lockout alone does not.
    /// </summary>
    public int AccountPostsPerMinute { get; set; } = 20;

    /// <summary>
    /// Days a security event is kept (docs/privacy.md): a year covers a whole training year, so an investigation can
    /// look back over every cohort's sign-ins and changes, and no longer, since the events name people and addresses.
    /// </summary>
    public int AuditRetentionDays { get; set; } = 365;
}
