using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Data;

public sealed class PostgreSqlLmsDbContext(DbContextOptions<PostgreSqlLmsDbContext> options) : LmsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // The product keeps every time in UTC, but a DateTime read from SQLite or built from a date has no Kind, and
        // Npgsql refuses to write one to "timestamp with time zone": mark them UTC on the way in.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
