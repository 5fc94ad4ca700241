using System.Collections.Concurrent;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>
/// Rows read from the database and kept in memory for at most a given age, for the caches of the session check and of
/// course outlines. Forgetting a key (or all) also stops a read that began before the change from storing what it read.
/// </summary>
public sealed class RecentReads<TValue>(TimeProvider clock, TimeSpan maxAge) where TValue : class
{
    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset ReadAt)> _values = new();

    // Bumped by every Forget: a read that started before a change must not store what it read.
    private long _changes;

    /// <summary>
    /// The value kept for the key when younger than the maximum age, else what <paramref name="read"/> returns (null
    /// keeps nothing, so a key that does not exist cannot grow the cache). The state spares the hot path a closure.
    /// </summary>
    public async Task<TValue?> GetAsync<TState>(string key, TState state, Func<TState, Task<TValue?>> read)
    {
        var now = clock.GetUtcNow();
        if (_values.TryGetValue(key, out var known) && now - known.ReadAt < maxAge)
        {
            return known.Value;
        }

        var changesBefore = Interlocked.Read(ref _changes);
        var value = await read(state);
        if (value is null)
        {
            _values.TryRemove(key, out _);
        }
        else if (Interlocked.Read(ref _changes) == changesBefore)
        {
            _values[key] = (value, now);
        }

        return value;
    }

    public void Forget(string key)
    {
        Interlocked.Increment(ref _changes);
        _values.TryRemove(key, out _);
    }

    public void ForgetAll()
    {
        Interlocked.Increment(ref _changes);
        _values.Clear();
    }
}
