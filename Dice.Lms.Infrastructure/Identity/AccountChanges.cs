using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// Tells <see cref="AccountStamps"/> about every account a save touches, before the save (so no request trusts the old
/// stamp while it commits) and after it (so a stamp read meanwhile is not kept).
/// </summary>
public sealed class AccountChanges(AccountStamps stamps) : SaveHooks
{
    protected override void BeforeSave(DbContext context) => Forget(context);

    protected override void AfterSave(DbContext context) => Forget(context);

    private void Forget(DbContext context)
    {
        // After the save every entry looks unchanged, so any account the context tracks is forgotten; reads are cheap.
        foreach (var entry in context.ChangeTracker.Entries<LmsUser>())
        {
            stamps.Forget(entry.Entity.Id);
        }
    }
}
