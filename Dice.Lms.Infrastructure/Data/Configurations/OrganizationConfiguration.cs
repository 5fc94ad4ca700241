using Dice.Lms.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Location).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.Sectors).HasMaxLength(Organization.TextMaxLength);
        builder.Property(o => o.TargetGroups).HasMaxLength(Organization.TextMaxLength);
    }
}
