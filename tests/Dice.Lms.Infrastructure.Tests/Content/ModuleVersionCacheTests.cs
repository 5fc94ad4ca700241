using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>Module versions kept in memory, read from a real SQLite file with imported content.</summary>
public sealed class ModuleVersionCacheTests
{
    private string _file = null!;
    private TempContent _content = null!;

    [SetUp]
    public async Task ImportContent()
    {
        _file = Path.Combine(Path.GetTempPath(), $"dice-versions-{Guid.NewGuid():N}.db");
        _content = TempContent.FromSamples();
        foreach (var language in new[] { "en", "mn" })
        {
            for (var i = 2; i <= 3; i++)
            {
                _content.Write($"safety/0{i}-module-{i}.{language}.md",
                    _content.Read($"safety/01-strong-passwords.{language}.md").Replace("id: strong-passwords", $"id: module-{i}"));
            }
        }

        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await new ContentImport(db, TimeProvider.System, NullLogger<ContentImport>.Instance).ImportAsync(_content.Root);
    }

    [TearDown]
    public void Delete()
    {
        _content.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Test]
    public async Task AVersionIsReadFromTheDatabaseOnceWithItsTexts()
    {
        var cache = new ModuleVersionCache();
        await using var db = NewContext();
        var id = await db.ModuleVersions.Select(v => v.Id).FirstAsync();

        var first = await cache.GetAsync(db, id);
        // Gone from the file: only the cache can still answer.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM ModuleVersionTexts; DELETE FROM ModuleVersions;");
        var again = await cache.GetAsync(db, id);

        Assert.That(again, Is.SameAs(first));
        Assert.That(first.Texts.Select(t => t.Language), Is.EquivalentTo(new[] { "en", "mn" }));
        Assert.That(first.Text("mn")!.Markdown, Is.Not.Empty);
    }

    [Test]
    public async Task SeveralVersionsComeInOneCallAndUnknownOnesAreLeftOut()
    {
        var cache = new ModuleVersionCache();
        await using var db = NewContext();
        var ids = await db.ModuleVersions.Select(v => v.Id).ToListAsync();

        var found = await cache.GetAsync(db, [.. ids, 999_999]);

        Assert.That(ids, Has.Count.EqualTo(3));
        Assert.That(found.Keys, Is.EquivalentTo(ids));
    }

    [Test]
    public async Task PastTheCapItStartsOverInsteadOfGrowing()
    {
        var cache = new ModuleVersionCache(capacity: 2);
        await using var db = NewContext();
        var ids = await db.ModuleVersions.OrderBy(v => v.Id).Select(v => v.Id).ToListAsync();
        var first = await cache.GetAsync(db, ids[0]);
        await cache.GetAsync(db, ids[1]);

        await cache.GetAsync(db, ids[2]);
        var firstAgain = await cache.GetAsync(db, ids[0]);

        Assert.That(firstAgain, Is.Not.SameAs(first), "read again after the cache started over");
        Assert.That(firstAgain.Id, Is.EqualTo(first.Id));
    }

    private SqliteLmsDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteLmsDbContext>().UseSqlite($"Data Source={_file}").Options);
}
