using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// Tells <see cref="AccountStamps"/> about every account a save touches, before the save (so no request trusts the old
/// stamp while it commits) and after it (so a stamp read meanwhile is not kept).
/// </summary>
public sealed class AccountChanges(AccountStamps stamps) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Forget(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // After the save every entry looks unchanged, so any account the context tracks is forgotten; reads are cheap.
        foreach (var entry in context.ChangeTracker.Entries<LmsUser>())
        {
            stamps.Forget(entry.Entity.Id);
        }
    }
}
