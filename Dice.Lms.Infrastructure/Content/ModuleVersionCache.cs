using System.Collections.Concurrent;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Module versions with their texts, read from the database once. A version never changes after it is written (a
/// change publishes a new one), so entries never go stale; what changes is which version a module points at, and that
/// is read from the database on every request. Reading both languages' Markdown and quiz for every lesson view was
/// most of a lesson page's CPU time.
/// </summary>
/// <remarks>
/// Callers must treat the versions as read-only: they are shared between requests and never tracked. A version with
/// both texts is tens of kilobytes, so the cap (several times the shipped catalogue's 30 modules) keeps this to a few
/// megabytes even after many publishes.
/// </remarks>
public sealed class ModuleVersionCache(int capacity = 256)
{
    private readonly ConcurrentDictionary<int, ModuleVersion> _versions = new();

    public async Task<ModuleVersion> GetAsync(LmsDbContext db, int versionId, CancellationToken cancellationToken = default) =>
        (await GetAsync(db, [versionId], cancellationToken))[versionId];

    /// <summary>
    /// The given modules that have a current version, in their order, each with that version: the one way a course's
    /// pages and the catalogue read what learners see now.
    /// </summary>
    public async Task<List<(CourseModule Module, ModuleVersion Version)>> CurrentAsync(LmsDbContext db, IReadOnlyCollection<CourseModule> modules,
        CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(db, [.. modules.Where(m => m.CurrentVersionId is not null).Select(m => m.CurrentVersionId!.Value)], cancellationToken);
        return [.. modules.Where(m => m.CurrentVersionId is { } id && current.ContainsKey(id)).Select(m => (m, current[m.CurrentVersionId!.Value]))];
    }

    /// <summary>The versions asked for that exist; the missing ones from the database in one query.</summary>
    public async Task<IReadOnlyDictionary<int, ModuleVersion>> GetAsync(LmsDbContext db, IReadOnlyCollection<int> versionIds,
        CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<int, ModuleVersion>(versionIds.Count);
        List<int>? missing = null;
        foreach (var id in versionIds)
        {
            if (_versions.TryGetValue(id, out var version))
            {
                found[id] = version;
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is null)
        {
            return found;
        }

        var loaded = await db.ModuleVersions.AsNoTracking().Where(v => missing.Contains(v.Id)).ToListAsync(cancellationToken);
        if (_versions.Count + loaded.Count > capacity)
        {
            // Only many re-imports get here; starting over is simpler than tracking use.
            _versions.Clear();
        }

        foreach (var version in loaded)
        {
            _versions[version.Id] = version;
            found[version.Id] = version;
        }

        return found;
    }
}
