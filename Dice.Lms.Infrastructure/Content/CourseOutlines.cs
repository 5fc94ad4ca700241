using System.Collections.Concurrent;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Each course with its readable modules in order, which every lesson and quiz page needs. A course is read from the
/// database at most every <see cref="MaxAge"/>; a change to a course or module saved in this process forgets every
/// outline at once (<see cref="CourseChanges"/>), so a publish, archive or new order here shows at the next request, and
/// one made on another server or by a command-line verb within <see cref="MaxAge"/>.
/// </summary>
public sealed class CourseOutlines(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    // Only courses that exist are kept: a request for a made-up id cannot grow this.
    private readonly ConcurrentDictionary<string, CourseOutline> _outlines = new();

    // Bumped by every Forget: a read that started before a change must not store what it read.
    private long _changes;

    /// <summary>The course's outline when it is published, else null.</summary>
    public async Task<CourseOutline?> GetPublishedAsync(LmsDbContext db, string courseId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!_outlines.TryGetValue(courseId, out var outline) || now - outline.ReadAt >= MaxAge)
        {
            var changesBefore = Interlocked.Read(ref _changes);
            var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
            if (course is null)
            {
                _outlines.TryRemove(courseId, out _);
                return null;
            }

            var modules = await db.Modules.AsNoTracking()
                .Where(m => m.CourseId == courseId && m.ArchivedAt == null && m.CurrentVersionId != null)
                .OrderBy(m => m.Position)
                .ToListAsync(cancellationToken);
            outline = new CourseOutline(course, modules, now);
            if (Interlocked.Read(ref _changes) == changesBefore)
            {
                _outlines[courseId] = outline;
            }
        }

        return outline.Course.IsPublished ? outline : null;
    }

    public void Forget()
    {
        Interlocked.Increment(ref _changes);
        _outlines.Clear();
    }
}

/// <summary>
/// A course and its modules that are not archived and have a current version, in order. The objects are shared by
/// every request: read them, never change or attach them.
/// </summary>
public sealed record CourseOutline(Course Course, IReadOnlyList<CourseModule> Modules, DateTimeOffset ReadAt);
