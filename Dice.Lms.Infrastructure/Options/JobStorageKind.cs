namespace Dice.Lms.Infrastructure.Options;

public enum JobStorageKind
{
    InMemory,
    SqlServer,
    PostgreSql,
}
