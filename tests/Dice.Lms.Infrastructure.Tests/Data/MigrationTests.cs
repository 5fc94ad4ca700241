using Dice.Lms.Infrastructure.Data;
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
    public void PostgreSqlMigrationsMatchTheModel()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run scripts/add-migration.sh NAME");
    }

    [Test]
    public void EveryProviderHasTheSameMigrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        using var postgreSql = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);

        Assert.That(Names(sqlite), Is.Not.Empty);
        Assert.That(Names(sqlServer), Is.EqualTo(Names(sqlite)));
        Assert.That(Names(postgreSql), Is.EqualTo(Names(sqlite)));
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
    public void TheCommittedPostgreSqlScriptIsCurrent()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "docs", "sql", "postgresql-idempotent.sql"));

        Assert.That(Normalize(committed), Is.EqualTo(Normalize(script)), "regenerate with scripts/add-migration.sh");
    }

    [Test]
    public void PostgreSqlStoresEveryTimeAsUtc()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        var times = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)).ToList();

        Assert.That(times, Is.Not.Empty);
        Assert.That(times.Where(p => p.GetValueConverter() is not UtcDateTimeConverter).Select(p => $"{p.DeclaringType.Name}.{p.Name}"), Is.Empty);
    }

    [TestCaseSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
    public async Task MigrationsBuildAnEmptyDatabase(TestProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = database.NewContext();

        await db.Database.MigrateAsync();

        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(db.Database.GetMigrations()));
        Assert.That(await db.Cohorts.CountAsync(), Is.Zero);
        Assert.That(await db.OutboxEmails.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task TheCommittedPostgreSqlScriptBuildsTheSameSchemaTwice()
    {
        // The idempotent script is what an operator without the program runs: it must work on an empty database and
        // change nothing when run again.
        using var database = TestDatabase.Create(TestProvider.PostgreSql);
        var script = File.ReadAllText(Path.Combine(Repository.Root, "docs", "sql", "postgresql-idempotent.sql"));
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        for (var run = 0; run < 2; run++)
        {
            await using var command = new Npgsql.NpgsqlCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var db = database.NewContext();
        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
