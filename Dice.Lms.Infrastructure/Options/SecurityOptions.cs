namespace Dice.Lms.Infrastructure.Options;

/// <summary>The "Lms:Security" section.</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// Account form posts (sign-in, sign-up, forgot and reset password) one address may make per minute: slows password
    /// guessing across many accounts, which the per-account lockout alone does not.
    /// </summary>
    public int AccountPostsPerMinute { get; set; } = 20;
}
