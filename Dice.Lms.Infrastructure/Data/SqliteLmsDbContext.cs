using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Data;

public sealed class SqliteLmsDbContext(DbContextOptions<SqliteLmsDbContext> options) : LmsDbContext(options);
