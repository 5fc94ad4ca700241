using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Data;

public sealed class SqlServerLmsDbContext(DbContextOptions<SqlServerLmsDbContext> options) : LmsDbContext(options)
{
    /// <summary>Room for Identity's ids (GUID strings of 36 characters) with a margin; see OnModelCreating.</summary>
    private const int IdLength = 64;

    /// <summary>Identity's own choice for login providers, provider keys and token names when key lengths are limited.</summary>
    private const int IdentityKeyLength = 128;

    /// <summary>
    /// What SQL Server refuses (or accepts with a warning and then fails on insert) while SQLite and PostgreSQL accept
    /// it; SqlServerSchemaTests finds these.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Error 1785: an organisation's delete would reach cohort members, enrolments and self-assessments both through
        // its learners and through its cohorts (SET NULL counts as a path). No page deletes organisations; here the
        // cohorts' link is cleared by EF for the cohorts it has loaded instead of by the database.
        builder.Entity<Cohort>().HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.ClientSetNull);

        // Index keys: a string key is nvarchar(450) by default (900 bytes, the whole clustered limit), so a key of a
        // user id and anything else is over it. Ids are GUID strings: 64 characters are plenty.
        var ids = builder.Model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.PrincipalEntityType.ClrType == typeof(LmsUser) || fk.PrincipalEntityType.ClrType == typeof(IdentityRole))
            .SelectMany(fk => fk.Properties)
            .Concat(builder.Entity<LmsUser>().Metadata.FindPrimaryKey()!.Properties)
            .Concat(builder.Entity<IdentityRole>().Metadata.FindPrimaryKey()!.Properties)
            .Where(p => p.ClrType == typeof(string))
            .Distinct()
            .ToList();
        foreach (var id in ids)
        {
            id.SetMaxLength(IdLength);
        }

        builder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(IdentityKeyLength);
            login.Property(l => l.ProviderKey).HasMaxLength(IdentityKeyLength);
        });
        builder.Entity<IdentityUserToken<string>>(token =>
        {
            token.Property(t => t.LoginProvider).HasMaxLength(IdentityKeyLength);
            token.Property(t => t.Name).HasMaxLength(IdentityKeyLength);
        });
    }
}
