using System.Collections.Concurrent;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// Each signed-in account's security stamp and suspension, which the session check needs on every request. An account
/// is read from the database at most every <see cref="MaxAge"/>; a change to it saved in this process forgets it at
/// once (<see cref="AccountChanges"/>), so a password change, suspension or erasure here ends other sessions at their
/// next request, and one made on another server or by a command-line verb within <see cref="MaxAge"/>.
/// </summary>
public sealed class AccountStamps(TimeProvider clock)
{
    /// <summary>Identity's own validator waits 30 minutes by default; this is far stricter and still spares a query per request.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, AccountStamp> _accounts = new();

    // Bumped by every Forget: a read that started before a change must not store what it read.
    private long _changes;

    /// <summary>The account's stamp and suspension, or null when it no longer exists.</summary>
    public async Task<AccountStamp?> GetAsync(LmsDbContext db, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_accounts.TryGetValue(userId, out var known) && now - known.ReadAt < MaxAge)
        {
            return known;
        }

        var changesBefore = Interlocked.Read(ref _changes);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountStamp(u.SecurityStamp, u.IsSuspended, now))
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            _accounts.TryRemove(userId, out _);
        }
        else if (Interlocked.Read(ref _changes) == changesBefore)
        {
            _accounts[userId] = account;
        }

        return account;
    }

    public void Forget(string userId)
    {
        Interlocked.Increment(ref _changes);
        _accounts.TryRemove(userId, out _);
    }
}

public sealed record AccountStamp(string? SecurityStamp, bool IsSuspended, DateTimeOffset ReadAt);
