using Dice.Lms.Domain.Email;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Infrastructure.Tests.Data;

/// <summary>What the product relies on from its database, shown to be the same on SQLite and PostgreSQL.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class ProviderBehaviourTests(TestProvider provider)
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task Migrate()
    {
        _database = TestDatabase.Create(provider);
        await using var db = _database.NewContext();
        await db.Database.MigrateAsync();
    }

    [OneTimeTearDown]
    public void Drop() => _database.Dispose();

    [Test]
    public async Task AUtcTimeComesBackTheSameAndComparesWithUtcParameters()
    {
        var now = new DateTime(2026, 12, 4, 21, 30, 15, DateTimeKind.Utc).AddTicks(1234560);
        var key = $"time-{Guid.NewGuid():N}";
        await using (var db = _database.NewContext())
        {
            db.OutboxEmails.Add(new OutboxEmail(key, "time@example.org", "Цаг", "s", "t", null, "test", null, now, "lms.test"));
            await db.SaveChangesAsync();
        }

        await using var read = _database.NewContext();
        var stored = await read.OutboxEmails.SingleAsync(e => e.Key == key);
        Assert.That(stored.CreatedAt.Ticks, Is.EqualTo(now.Ticks));
        Assert.That(stored.CreatedAt.Kind, Is.Not.EqualTo(DateTimeKind.Local));
        Assert.That(await read.OutboxEmails.CountAsync(e => e.Key == key && e.CreatedAt <= now), Is.EqualTo(1));
        Assert.That(await read.OutboxEmails.CountAsync(e => e.Key == key && e.CreatedAt < now), Is.Zero);
        // A date built from a calendar day has no Kind: PostgreSQL would refuse it unless the model marks it UTC.
        var day = new DateTime(2026, 12, 4);
        Assert.That(await read.OutboxEmails.CountAsync(e => e.Key == key && e.CreatedAt >= day && e.CreatedAt < day.AddDays(1)), Is.EqualTo(1));
    }

    [Test]
    public async Task AnEmailAddressIsFoundWhateverItsCase()
    {
        await using var services = Identity();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LmsUser>>();
        var created = await users.CreateAsync(new LmsUser { UserName = "Bat.Erdene@Example.org", Email = "Bat.Erdene@Example.org", FullName = "Бат-Эрдэнэ" });
        Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Description)));

        Assert.That((await users.FindByEmailAsync("bat.erdene@example.org"))?.FullName, Is.EqualTo("Бат-Эрдэнэ"));
        Assert.That((await users.FindByEmailAsync("BAT.ERDENE@EXAMPLE.ORG"))?.FullName, Is.EqualTo("Бат-Эрдэнэ"));
        var again = await users.CreateAsync(new LmsUser { UserName = "bat.erdene@example.org", Email = "bat.erdene@example.org", FullName = "Twice" });
        Assert.That(again.Succeeded, Is.False, "the same address in another case is the same account");
    }

    [Test]
    public async Task CyrillicNamesSortByCodePoint()
    {
        string[] names = ["Өнөр ТББ", "Ананд ТББ", "Яргуй ТББ", "Эрдэм ТББ", "Бат ТББ", "Ёс ТББ", "Үүр ТББ", "ананд ТББ", "Zorig NGO"];
        var prefix = $"sort-{Guid.NewGuid():N}-";
        await using (var db = _database.NewContext())
        {
            db.Organizations.AddRange(names.Select(n => new Organization(prefix + n, "Ulaanbaatar")));
            await db.SaveChangesAsync();
        }

        await using var read = _database.NewContext();
        var sorted = await read.Organizations.Where(o => o.Name.StartsWith(prefix)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();

        Assert.That(sorted, Is.EqualTo(names.Select(n => prefix + n).Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task TextSearchMatchesTheSameRows()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await using (var db = _database.NewContext())
        {
            foreach (var name in new[] { "Батболд", "Энхбат", "БАТ", "100% Бат_а" })
            {
                db.Users.Add(new LmsUser { UserName = $"{tag}-{db.Users.Local.Count}@example.org", Email = $"{tag}-{db.Users.Local.Count}@example.org", FullName = $"{tag} {name}" });
            }

            await db.SaveChangesAsync();
        }

        await using var read = _database.NewContext();
        async Task<List<string>> SearchAsync(string term) => await read.Users
            .Where(u => u.FullName.StartsWith(tag) && (u.Email!.Contains(term) || u.FullName.Contains(term)))
            .OrderBy(u => u.FullName).Select(u => u.FullName.Substring(9)).ToListAsync();

        // Substring search as the admin user list does it: case as typed, and % or _ are plain characters.
        Assert.That(await SearchAsync("бат"), Is.EqualTo(new[] { "Энхбат" }));
        Assert.That(await SearchAsync("Бат"), Is.EqualTo(new[] { "100% Бат_а", "Батболд" }));
        Assert.That(await SearchAsync("0% Б"), Is.EqualTo(new[] { "100% Бат_а" }));
        Assert.That(await SearchAsync("т_"), Is.EqualTo(new[] { "100% Бат_а" }));
    }

    private ServiceProvider Identity()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<LmsDbContext>(_ => _database.NewContext());
        services.AddIdentityCore<LmsUser>(o => o.User.RequireUniqueEmail = true).AddRoles<IdentityRole>().AddEntityFrameworkStores<LmsDbContext>();
        return services.BuildServiceProvider();
    }
}
