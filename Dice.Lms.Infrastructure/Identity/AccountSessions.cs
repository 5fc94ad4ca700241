using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// Starts and ends <see cref="AccountSession"/>s and tells the session check whether one is still open. A session is read
/// from the database at most every <see cref="AccountStamps.MaxAge"/>; ending it in this process forgets it at once, so
/// a cookie captured before sign-out is refused at its next request (on another web node within that age).
/// </summary>
public sealed class AccountSessions(TimeProvider clock)
{
    private readonly RecentReads<AccountSession> _sessions = new(clock, AccountStamps.MaxAge);

    public async Task<AccountSession> StartAsync(LmsDbContext db, string userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The user's ended and expired sessions are tidied here, so the table holds about one row per device.
        var stale = now - AccountSession.Lifetime;
        await db.AccountSessions.Where(s => s.UserId == userId && (s.EndedAt != null || s.CreatedAt < stale)).ExecuteDeleteAsync();
        var session = AccountSession.Start(userId, now);
        db.AccountSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    public async Task EndAsync(LmsDbContext db, string sessionId)
    {
        _sessions.Forget(sessionId);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.AccountSessions.Where(s => s.Id == sessionId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        _sessions.Forget(sessionId);
    }

    public async Task EndAllAsync(LmsDbContext db, string userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.AccountSessions.Where(s => s.UserId == userId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        _sessions.ForgetAll();
    }

    /// <summary>Whether the session named by a cookie is open for that user now.</summary>
    public async Task<bool> IsOpenAsync(LmsDbContext db, string userId, string sessionId, CancellationToken cancellationToken)
    {
        var session = await _sessions.GetAsync(sessionId, (db, sessionId, cancellationToken), static read => read.db.AccountSessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == read.sessionId, read.cancellationToken));
        return session is not null && session.IsOpen(userId, clock.GetUtcNow().UtcDateTime);
    }

    public void ForgetAll() => _sessions.ForgetAll();
}
