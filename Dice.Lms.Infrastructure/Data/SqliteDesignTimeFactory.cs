using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>Lets `dotnet ef` build each provider's context without starting the site.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLmsDbContext>
{
    public SqliteLmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLmsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
