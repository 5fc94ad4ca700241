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

    private readonly RecentReads<AccountStamp> _accounts = new(clock, MaxAge);

    /// <summary>The account's stamp and suspension, or null when it no longer exists.</summary>
    public Task<AccountStamp?> GetAsync(LmsDbContext db, string userId, CancellationToken cancellationToken) =>
        _accounts.GetAsync(userId, (db, userId, cancellationToken), static read => read.db.Users.AsNoTracking()
            .Where(u => u.Id == read.userId)
            .Select(u => new AccountStamp(u.SecurityStamp, u.IsSuspended))
            .SingleOrDefaultAsync(read.cancellationToken));

    public void Forget(string userId) => _accounts.Forget(userId);
}

public sealed record AccountStamp(string? SecurityStamp, bool IsSuspended);
