using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>Lets `dotnet ef` generate PostgreSQL migrations and scripts without a server.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlLmsDbContext>
{
    public PostgreSqlLmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlLmsDbContext>().UseNpgsql("Host=localhost;Database=dice_lms").Options);
}
