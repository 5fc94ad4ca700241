using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Data;

public sealed class SqlServerLmsDbContext(DbContextOptions<SqlServerLmsDbContext> options) : LmsDbContext(options);
