using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dice.Lms.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>
/// Copies every table of one database into an empty one of any provider (`database copy`): the target is migrated
/// first, rows go in foreign-key order with their ids in one transaction, identity counters are moved past the highest
/// id, and each table's row count and content checksum are compared at the end.
/// </summary>
public sealed class DatabaseCopy(LmsDbContext source, TextWriter progress)
{
    public sealed record TableResult(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
    {
        public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
    }

    /// <summary>A context on the target, as the site would build it for that provider.</summary>
    public static LmsDbContext CreateContext(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlLmsDbContext(new DbContextOptionsBuilder<PostgreSqlLmsDbContext>().UseNpgsql(connectionString).Options),
        DatabaseProvider.SqlServer => new SqlServerLmsDbContext(new DbContextOptionsBuilder<SqlServerLmsDbContext>().UseSqlServer(connectionString).Options),
        _ => new SqliteLmsDbContext(new DbContextOptionsBuilder<SqliteLmsDbContext>().UseSqlite(connectionString).Options),
    };

    /// <summary>Copies into <paramref name="target"/>; throws <see cref="TargetNotEmptyException"/> when it holds data.</summary>
    public async Task<IReadOnlyList<TableResult>> CopyToAsync(LmsDbContext target, CancellationToken cancellationToken = default)
    {
        await target.Database.MigrateAsync(cancellationToken);
        var tables = InKeyOrder(source.Model.GetRelationalModel());
        var targetTables = target.Model.GetRelationalModel().Tables.ToDictionary(t => t.Name);

        await source.Database.OpenConnectionAsync(cancellationToken);
        await target.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var table in tables)
            {
                var rows = await CountAsync(target, table, cancellationToken);
                if (rows > 0)
                {
                    throw new TargetNotEmptyException($"the target already holds data ({rows} rows in {table.Name}): copy only into an empty database");
                }
            }

            var sourceSums = new Dictionary<string, (long Rows, string Checksum)>();
            await using (var transaction = await target.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var table in tables)
                {
                    sourceSums[table.Name] = await CopyTableAsync(table, targetTables[table.Name], target, transaction.GetDbTransaction(), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            var results = new List<TableResult>();
            foreach (var table in tables)
            {
                var (rows, checksum) = await ReadAsync(target, targetTables[table.Name], null, null, cancellationToken);
                var (sourceRows, sourceChecksum) = sourceSums[table.Name];
                results.Add(new TableResult(table.Name, sourceRows, rows, sourceChecksum, checksum));
            }

            return results;
        }
        finally
        {
            await source.Database.CloseConnectionAsync();
            await target.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Principal tables before the tables that refer to them.</summary>
    internal static List<ITable> InKeyOrder(IRelationalModel model)
    {
        var ordered = new List<ITable>();
        var placed = new HashSet<string>();
        var remaining = model.Tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable.Name == t.Name || placed.Contains(fk.PrincipalTable.Name))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"foreign keys form a cycle among {string.Join(", ", remaining.Select(t => t.Name))}");
            }

            foreach (var table in ready)
            {
                ordered.Add(table);
                placed.Add(table.Name);
                remaining.Remove(table);
            }
        }

        return ordered;
    }

    private async Task<(long Rows, string Checksum)> CopyTableAsync(ITable table, ITable targetTable, LmsDbContext target, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        var sql = target.GetService<ISqlGenerationHelper>();
        var columns = targetTable.Columns.ToList();
        var identity = columns.FirstOrDefault(IsIdentity);
        var sqlServer = target.Database.IsSqlServer();
        var sqlite = target.Database.IsSqlite();
        var connection = target.Database.GetDbConnection();
        if (identity is not null && sqlServer)
        {
            await ExecuteAsync(connection, transaction, $"SET IDENTITY_INSERT {sql.DelimitIdentifier(table.Name, table.Schema)} ON", cancellationToken);
        }

        // As many rows per INSERT as stay well under every provider's parameter limit (SQL Server: 2,100).
        var perStatement = Math.Max(1, Math.Min(200, 2000 / columns.Count));
        var batch = new List<object?[]>(perStatement);
        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var text = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ");
            for (var r = 0; r < batch.Count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"p{r}_{c}";
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    var parameter = insert.CreateParameter();
                    parameter.ParameterName = sql.GenerateParameterName(name);
                    parameter.Value = ForTarget(batch[r][c], sqlite) ?? DBNull.Value;
                    insert.Parameters.Add(parameter);
                }

                text.Append(')');
            }

            insert.CommandText = text.ToString();
            await insert.ExecuteNonQueryAsync(cancellationToken);
            batch.Clear();
        }

        var copied = 0L;
        var read = await ReadAsync(source, table, columns, async values =>
        {
            batch.Add(values);
            copied++;
            if (batch.Count == perStatement)
            {
                await FlushAsync();
            }
        }, cancellationToken);
        await FlushAsync();

        if (identity is not null && copied > 0)
        {
            var name = sql.DelimitIdentifier(table.Name, table.Schema);
            if (sqlServer)
            {
                await ExecuteAsync(connection, transaction, $"SET IDENTITY_INSERT {name} OFF", cancellationToken);
            }
            else if (target.Database.IsNpgsql())
            {
                // Explicit ids leave the column's sequence where it was: the next row would collide with a copied one.
                await ExecuteAsync(connection, transaction,
                    $"SELECT setval(pg_get_serial_sequence('{name.Replace("'", "''", StringComparison.Ordinal)}', '{identity.Name}'), (SELECT MAX({sql.DelimitIdentifier(identity.Name)}) FROM {name}))",
                    cancellationToken);
            }
        }
        else if (identity is not null && sqlServer)
        {
            await ExecuteAsync(connection, transaction, $"SET IDENTITY_INSERT {sql.DelimitIdentifier(table.Name, table.Schema)} OFF", cancellationToken);
        }

        await progress.WriteLineAsync($"{table.Name}: {copied} rows");
        return read;
    }

    /// <summary>
    /// Reads every row of a table as the model's provider types, hands each row to <paramref name="onRow"/>, and returns
    /// the row count with a checksum that does not depend on row order or on how the provider stores a value.
    /// </summary>
    private static async Task<(long Rows, string Checksum)> ReadAsync(LmsDbContext db, ITable table, IReadOnlyList<IColumn>? columns,
        Func<object?[], Task>? onRow, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var ownColumns = table.Columns.ToDictionary(c => c.Name);
        var wanted = (columns ?? table.Columns.ToList()).Select(c => ownColumns[c.Name]).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var order = columns is null ? wanted : (columns.Select(c => ownColumns[c.Name]).ToList());
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT {string.Join(", ", order.Select(c => sql.DelimitIdentifier(c.Name)))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new object?[order.Count];
                for (var i = 0; i < order.Count; i++)
                {
                    values[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : Read(reader, i, order[i].ProviderClrType);
                }

                var byName = order.Select((c, i) => (c.Name, Value: values[i])).OrderBy(v => v.Name, StringComparer.Ordinal);
                lines.Add(string.Join("\u001f", byName.Select(v => Canonical(v.Value))));
                if (onRow is not null)
                {
                    await onRow(values);
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001e", lines)));
        return (lines.Count, Convert.ToHexString(hash));
    }

    private static object Read(DbDataReader reader, int ordinal, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => reader.GetString(ordinal),
            _ when type == typeof(int) => reader.GetInt32(ordinal),
            _ when type == typeof(long) => reader.GetInt64(ordinal),
            _ when type == typeof(short) => reader.GetInt16(ordinal),
            _ when type == typeof(byte) => reader.GetByte(ordinal),
            _ when type == typeof(bool) => reader.GetBoolean(ordinal),
            _ when type == typeof(double) => reader.GetDouble(ordinal),
            _ when type == typeof(float) => reader.GetFloat(ordinal),
            _ when type == typeof(decimal) => reader.GetDecimal(ordinal),
            _ when type == typeof(Guid) => reader.GetGuid(ordinal),
            // The product keeps times in UTC; SQLite returns them without a Kind, which PostgreSQL would refuse.
            _ when type == typeof(DateTime) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc),
            _ when type == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal),
            _ when type == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(ordinal),
            _ when type == typeof(TimeSpan) => reader.GetFieldValue<TimeSpan>(ordinal),
            _ when type == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
            _ => throw new NotSupportedException($"copying a column of {type.Name}"),
        };
    }

    /// <summary>Values as EF Core's SQLite provider writes them, so that its queries compare them alike.</summary>
    private static object? ForTarget(object? value, bool sqlite) => sqlite
        ? value switch
        {
            Guid g => g.ToString().ToUpperInvariant(),
            decimal d => d.ToString(DecimalFormat, CultureInfo.InvariantCulture),
            _ => value,
        }
        : value;

    private const string DecimalFormat = "0.0###########################";

    private static string Canonical(object? value) => value switch
    {
        null => "\u0000",
        // PostgreSQL keeps microseconds, SQLite and SQL Server 100 ns: compare what every provider keeps.
        DateTime d => new DateTime(d.Ticks - d.Ticks % 10, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.AddTicks(-(d.UtcTicks % 10)).ToString("O", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        bool b => b ? "1" : "0",
        decimal d => d.ToString(DecimalFormat, CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool IsIdentity(IColumn column) =>
        column.PropertyMappings.Any(m => m.Property.IsPrimaryKey() && m.Property.ValueGenerated == ValueGenerated.OnAdd
            && (m.Property.ClrType == typeof(int) || m.Property.ClrType == typeof(long)));

    private static async Task<long> CountAsync(LmsDbContext db, ITable table, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string text, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
