using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>The session check's memory of security stamps, against the site's real SQLite file.</summary>
public sealed class AccountStampsTests
{
    [Test]
    public async Task AChangeSavedByThisProcessCountsAtOnce()
    {
        using var factory = new LmsWebFactory();
        var user = (await factory.CreateUserAsync("stamp-here@example.org", Roles.Learner)).User!;
        var stamps = new AccountStamps(new ManualClock());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var before = await stamps.GetAsync(db, user.Id, CancellationToken.None);

        // Through the site's own services, as the password page does: the interceptor tells the site's AccountStamps.
        var siteStamps = factory.Services.GetRequiredService<AccountStamps>();
        var cachedBySite = await siteStamps.GetAsync(db, user.Id, CancellationToken.None);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LmsUser>>();
        await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id))!);
        var afterChange = await siteStamps.GetAsync(db, user.Id, CancellationToken.None);

        Assert.That(cachedBySite!.SecurityStamp, Is.EqualTo(before!.SecurityStamp));
        Assert.That(afterChange!.SecurityStamp, Is.Not.EqualTo(before.SecurityStamp), "the save forgot the old stamp");
    }

    [Test]
    public async Task AChangeMadeElsewhereCountsWithinMaxAge()
    {
        using var factory = new LmsWebFactory();
        var user = (await factory.CreateUserAsync("stamp-elsewhere@example.org", Roles.Learner)).User!;
        var clock = new ManualClock();
        var stamps = new AccountStamps(clock);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var before = await stamps.GetAsync(db, user.Id, CancellationToken.None);

        // Another server or a command-line verb: straight SQL, which no interceptor of this process sees.
        await db.Database.ExecuteSqlRawAsync("UPDATE AspNetUsers SET SecurityStamp = 'changed-elsewhere', IsSuspended = 1 WHERE Id = {0}", user.Id);
        clock.Advance(AccountStamps.MaxAge - TimeSpan.FromSeconds(1));
        var soon = await stamps.GetAsync(db, user.Id, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var later = await stamps.GetAsync(db, user.Id, CancellationToken.None);

        Assert.That(soon!.SecurityStamp, Is.EqualTo(before!.SecurityStamp), "read at most every MaxAge");
        Assert.That(later!.SecurityStamp, Is.EqualTo("changed-elsewhere"));
        Assert.That(later.IsSuspended, Is.True);
    }

    [Test]
    public async Task ADeletedAccountIsNoAccount()
    {
        using var factory = new LmsWebFactory();
        var user = (await factory.CreateUserAsync("stamp-gone@example.org", Roles.Learner)).User!;
        var stamps = new AccountStamps(new ManualClock());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        Assert.That(await stamps.GetAsync(db, user.Id, CancellationToken.None), Is.Not.Null);

        await db.Database.ExecuteSqlRawAsync("DELETE FROM AspNetUsers WHERE Id = {0}", user.Id);
        stamps.Forget(user.Id);

        Assert.That(await stamps.GetAsync(db, user.Id, CancellationToken.None), Is.Null);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
