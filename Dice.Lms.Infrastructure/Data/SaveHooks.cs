using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>
/// A <c>SaveChanges</c> interceptor reduced to what the in-memory caches need: a call before each save (sync or async),
/// one after it succeeded and one after it failed.
/// </summary>
public abstract class SaveHooks : SaveChangesInterceptor
{
    protected abstract void BeforeSave(DbContext context);

    protected abstract void AfterSave(DbContext context);

    protected virtual void AfterFailedSave(DbContext context)
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Call(BeforeSave, eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Call(BeforeSave, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Call(AfterSave, eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Call(AfterSave, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Call(AfterFailedSave, eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Call(AfterFailedSave, eventData.Context);
        return Task.CompletedTask;
    }

    private static void Call(Action<DbContext> hook, DbContext? context)
    {
        if (context is not null)
        {
            hook(context);
        }
    }
}
