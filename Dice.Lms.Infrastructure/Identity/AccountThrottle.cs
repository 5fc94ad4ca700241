using System.Collections.Concurrent;
using Dice.Lms.Domain.Accounts;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// Per-account limits kept in memory, keyed by what the visitor typed (an address that has no account is treated
/// exactly like one that has, so the answers tell nothing): the wait after wrong passwords (<see cref="GuessDelay"/>)
/// and the number of e-mails one address may be sent per hour by anonymous forms. Per web node: with several nodes an
/// attacker gets a few more guesses, never more than a few per minute. Per-client limits are the rate limiter's.
/// </summary>
public sealed class AccountThrottle(TimeProvider clock)
{
    /// <summary>Anonymous forms send one address at most this many e-mails an hour (reset links, sign-up notices).</summary>
    public const int EmailsPerHour = 3;

    // Beyond this many tracked keys, old ones are dropped first, so a flood of made-up addresses cannot fill memory.
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Guesses> _guesses = new();
    private readonly ConcurrentDictionary<string, Sends> _sends = new();

    /// <summary>How long the account must still wait before a password is checked (null: check it now).</summary>
    public TimeSpan? Held(string scope, string account)
    {
        var now = clock.GetUtcNow();
        return _guesses.TryGetValue(Key(scope, account), out var entry) && entry.Until > now ? GuessDelay.After(entry.Failures) : null;
    }

    public void Failed(string scope, string account)
    {
        var now = clock.GetUtcNow();
        Trim(_guesses, g => now - g.Last > GuessDelay.Memory);
        _guesses.AddOrUpdate(Key(scope, account),
            _ => new Guesses(1, now, now + GuessDelay.After(1)),
            (_, old) =>
            {
                var failures = now - old.Last > GuessDelay.Memory ? 1 : old.Failures + 1;
                return new Guesses(failures, now, now + GuessDelay.After(failures));
            });
    }

    public void Succeeded(string scope, string account) => _guesses.TryRemove(Key(scope, account), out _);

    /// <summary>Takes one of the address's e-mails for this hour; false when they are used up.</summary>
    public bool TryTakeEmail(string account)
    {
        var now = clock.GetUtcNow();
        Trim(_sends, s => now - s.Since > TimeSpan.FromHours(1));
        var taken = false;
        _sends.AddOrUpdate(Key("email", account),
            _ =>
            {
                taken = true;
                return new Sends(1, now);
            },
            (_, old) =>
            {
                if (now - old.Since > TimeSpan.FromHours(1))
                {
                    taken = true;
                    return new Sends(1, now);
                }

                taken = old.Count < EmailsPerHour;
                return taken ? old with { Count = old.Count + 1 } : old;
            });
        return taken;
    }

    private static string Key(string scope, string account) => scope + ":" + account.Trim().ToUpperInvariant();

    private static void Trim<T>(ConcurrentDictionary<string, T> entries, Func<T, bool> stale)
    {
        if (entries.Count < MaxEntries)
        {
            return;
        }

        foreach (var (key, value) in entries)
        {
            if (stale(value))
            {
                entries.TryRemove(key, out _);
            }
        }

        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
    }

    private sealed record Guesses(int Failures, DateTimeOffset Last, DateTimeOffset Until);

    private sealed record Sends(int Count, DateTimeOffset Since);
}
