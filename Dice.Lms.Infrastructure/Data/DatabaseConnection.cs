using System.Data.Common;
using Dice.Lms.Infrastructure.Options;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>
/// Checks <c>ConnectionStrings:Lms</c> before anything uses it, so that a malformed or unreachable database ends
/// start-up (and every verb) with one plain line instead of an exception's stack trace deep in a migration.
/// </summary>
public static class DatabaseConnection
{
    public const string Key = "ConnectionStrings:Lms";

    /// <summary>What is wrong with the configured connection string, or null when the database answers.</summary>
    public static async Task<string?> ProblemAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        // An unknown provider is the options validation's to report, naming its own key.
        if (!Enum.TryParse<DatabaseProvider>(configuration[$"{LmsOptions.Section}:Database:Provider"] ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true, out var provider)
            || !Enum.IsDefined(provider))
        {
            return null;
        }

        var connectionString = configuration.GetConnectionString("Lms");
        if (provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            return $"{Key} is required when Lms:Database:Provider is {provider}.";
        }

        return await ProblemAsync(provider, connectionString, Key, cancellationToken);
    }

    /// <summary>What is wrong with a connection string named <paramref name="key"/> for messages, or null when the database answers.</summary>
    public static async Task<string?> ProblemAsync(DatabaseProvider provider, string? connectionString, string key, CancellationToken cancellationToken = default)
    {

        DbConnection? connection;
        try
        {
            connection = provider switch
            {
                DatabaseProvider.PostgreSql => new NpgsqlConnection(connectionString),
                DatabaseProvider.SqlServer => new SqlConnection(connectionString),
                // A SQLite file is created on first use: only the syntax can be wrong before then.
                _ => Parse(new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=App_Data/lms.db" : connectionString)),
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return $"{key} is not a valid {provider} connection string: {e.Message}";
        }

        if (connection is null)
        {
            return null;
        }

        await using (connection)
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
                return null;
            }
            // The database itself may not exist yet: migrating creates it, so a server that answers is enough.
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                return null;
            }
            catch (SqlException e) when (e.Number == 4060)
            {
                return null;
            }
            catch (Exception e) when (e is DbException or TimeoutException or InvalidOperationException or ArgumentException)
            {
                return $"{key}: cannot connect to the {provider} database: {e.GetBaseException().Message}";
            }
        }
    }

    private static DbConnection? Parse(SqliteConnectionStringBuilder builder) =>
        string.IsNullOrWhiteSpace(builder.DataSource) ? throw new ArgumentException("it names no Data Source (the database file).") : null;
}
