using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>Lets `dotnet ef` generate SQL Server migrations and scripts without a server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerLmsDbContext>
{
    public SqlServerLmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerLmsDbContext>().UseSqlServer("Server=localhost;Database=DiceLms;Integrated Security=true;TrustServerCertificate=true").Options);
}
