using Dice.Lms.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dice.Lms.Infrastructure.Tests.Data;

public sealed class MigrationTests
{
    [Test]
    public void SqliteMigrationsMatchTheModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run scripts/add-migration.sh NAME");
    }

    [Test]
    public void SqlServerMigrationsMatchTheModel()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run scripts/add-migration.sh NAME");
    }

    [Test]
    public void BothProvidersHaveTheSameMigrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);

        Assert.That(Names(sqlServer), Is.EqualTo(Names(sqlite)));
    }

    [Test]
    public void TheCommittedSqlServerScriptIsCurrent()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "docs", "sql", "sqlserver-idempotent.sql"));

        Assert.That(Normalize(committed), Is.EqualTo(Normalize(script)), "regenerate with scripts/add-migration.sh");
    }

    [Test]
    public async Task MigrationsBuildAFreshSqliteFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dice-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteLmsDbContext>().UseSqlite($"Data Source={file}").Options;
            await using (var db = new SqliteLmsDbContext(options))
            {
                await db.Database.MigrateAsync();
                Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
                Assert.That(await db.Cohorts.CountAsync(), Is.Zero);
                Assert.That(await db.OutboxEmails.CountAsync(), Is.Zero);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
