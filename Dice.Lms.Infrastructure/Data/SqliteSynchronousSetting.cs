using System.Data.Common;
using Dice.Lms.Infrastructure.Options;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>
/// Applies Lms:Database:SqliteSynchronous to every SQLite connection as it opens: the setting belongs to a connection,
/// not to the file, and Microsoft.Data.Sqlite has no connection-string keyword for it.
/// </summary>
public sealed class SqliteSynchronousSetting(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private string Pragma => $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
