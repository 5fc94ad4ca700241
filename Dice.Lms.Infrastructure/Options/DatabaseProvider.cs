namespace Dice.Lms.Infrastructure.Options;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
