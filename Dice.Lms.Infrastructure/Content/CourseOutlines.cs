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
    private readonly RecentReads<CourseOutline> _outlines = new(clock, MaxAge);

    /// <summary>The course's outline when it is published, else null.</summary>
    public async Task<CourseOutline?> GetPublishedAsync(LmsDbContext db, string courseId, CancellationToken cancellationToken = default)
    {
        var outline = await _outlines.GetAsync(courseId, (db, courseId, cancellationToken), static read => ReadAsync(read.db, read.courseId, read.cancellationToken));
        return outline?.Course.IsPublished == true ? outline : null;
    }

    public void Forget() => _outlines.ForgetAll();

    private static async Task<CourseOutline?> ReadAsync(LmsDbContext db, string courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return null;
        }

        var modules = await db.Modules.AsNoTracking()
            .Where(m => m.CourseId == courseId && m.ArchivedAt == null && m.CurrentVersionId != null)
            .OrderBy(m => m.Position)
            .ToListAsync(cancellationToken);
        return new CourseOutline(course, modules);
    }
}

/// <summary>
/// A course and its modules that are not archived and have a current version, in order. The objects are shared by
/// every request: read them, never change or attach them.
/// </summary>
public sealed record CourseOutline(Course Course, IReadOnlyList<CourseModule> Modules);
