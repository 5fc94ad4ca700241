using System.Runtime.CompilerServices;
using Dice.Lms.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Tells <see cref="CourseOutlines"/> when a save adds, changes or deletes a course or a module: before the save (so no
/// request trusts the old outline while it commits) and after it (so an outline read meanwhile is not kept).
/// </summary>
public sealed class CourseChanges(CourseOutlines outlines) : SaveChangesInterceptor
{
    // The contexts whose running save changes an outline; after the save every entry looks unchanged.
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Before(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Before(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        After(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => After(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return Task.CompletedTask;
    }

    private void Before(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.Entity is Course or CourseModule
                && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _saving.AddOrUpdate(context, context);
            outlines.Forget();
        }
    }

    private void After(DbContext? context)
    {
        if (context is not null && _saving.Remove(context))
        {
            outlines.Forget();
        }
    }
}
