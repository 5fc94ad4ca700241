namespace Dice.Lms.Domain.Accounts;

/// <summary>
/// How long an account (or an address with no account: the answer must not differ) waits after wrong passwords.
/// A few mistakes cost nothing; then each further wrong password doubles the wait, up to a minute. Attempts during
/// the wait are not checked and not counted, so a stranger cannot push the wait past a minute, and the owner always
/// gets in at once with a password-reset link.
/// </summary>
public static class GuessDelay
{
    /// <summary>Wrong passwords that cost nothing: typing mistakes.</summary>
    public const int FreeFailures = 4;

    public static readonly TimeSpan First = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    /// <summary>Failures are forgotten this long after the last one.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromMinutes(15);

    /// <summary>The wait after the given number of consecutive wrong passwords.</summary>
    public static TimeSpan After(int failures)
    {
        if (failures <= FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FreeFailures - 1, 10);
        var wait = First * (1 << doublings);
        return wait < Longest ? wait : Longest;
    }
}
