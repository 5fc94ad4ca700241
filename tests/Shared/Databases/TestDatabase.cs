using Dice.Lms.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dice.Lms.Tests;

/// <summary>The providers every provider-dependent test runs on.</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// An empty database of its own for one test or fixture: a SQLite file in a temporary folder, or a new database on the
/// throw-away PostgreSQL server that scripts/test.sh (through scripts/with-postgres.sh) names in DICE_TEST_POSTGRES.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ServerVariable = "DICE_TEST_POSTGRES";

    /// <summary>For [TestFixtureSource] and [TestCaseSource]: every provider.</summary>
    public static readonly TestProvider[] Providers = [TestProvider.Sqlite, TestProvider.PostgreSql];

    private readonly string? _folder;
    private readonly string? _serverConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(TestProvider provider, string connectionString, string? folder, string? serverConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _serverConnectionString = serverConnectionString;
        _databaseName = databaseName;
    }

    public TestProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The configuration that points the site or a verb at this database.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Lms:Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Lms"] = ConnectionString,
    };

    /// <summary>A new empty database. <paramref name="folder"/> holds the SQLite file (default: a new temporary folder).</summary>
    public static TestDatabase Create(TestProvider provider, string? folder = null)
    {
        if (provider == TestProvider.Sqlite)
        {
            var own = folder is null;
            folder ??= Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dice-lms-tests", Guid.NewGuid().ToString("N"))).FullName;
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "lms.db")}", own ? folder : null, null, null);
        }

        var server = ServerConnectionString();
        var name = $"dice_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            create.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, server, name);
    }

    /// <summary>The server's connection string; a test that needs it fails (never skips) when it is missing.</summary>
    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with scripts/test.sh, or wrap the command in scripts/with-postgres.sh " +
                "(scripts/with-postgres.sh dotnet test tests/Dice.Lms.Web.Tests -c Release --filter ...).");

    /// <summary>A context on this database, as the site builds it for the provider.</summary>
    public LmsDbContext NewContext() => Provider == TestProvider.Sqlite
        ? new SqliteLmsDbContext(new DbContextOptionsBuilder<SqliteLmsDbContext>().UseSqlite(ConnectionString).Options)
        : new PostgreSqlLmsDbContext(new DbContextOptionsBuilder<PostgreSqlLmsDbContext>().UseNpgsql(ConnectionString).Options);

    public void Dispose()
    {
        if (_databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_serverConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
