using System.Runtime.CompilerServices;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Tells <see cref="CourseOutlines"/> when a save adds, changes or deletes a course or a module: before the save (so no
/// request trusts the old outline while it commits) and after it (so an outline read meanwhile is not kept).
/// </summary>
public sealed class CourseChanges(CourseOutlines outlines) : SaveHooks
{
    // The contexts whose running save changes an outline; after the save every entry looks unchanged.
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];

    protected override void BeforeSave(DbContext context)
    {
        if (context.ChangeTracker.Entries().Any(e => e.Entity is Course or CourseModule
                && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _saving.AddOrUpdate(context, context);
            outlines.Forget();
        }
    }

    protected override void AfterSave(DbContext context)
    {
        if (_saving.Remove(context))
        {
            outlines.Forget();
        }
    }

    protected override void AfterFailedSave(DbContext context) => AfterSave(context);
}
