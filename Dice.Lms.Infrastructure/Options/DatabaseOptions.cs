namespace Dice.Lms.Infrastructure.Options;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// SQLite only. <see cref="SqliteSynchronous.Full"/> by default; <see cref="SqliteSynchronous.Normal"/> took about twice
    /// the quiz submissions per second on a disk where each commit waits for it (docs/benchmarks.md).
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;
}
