using Dice.Lms.Domain.Organizations;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class LmsUserConfiguration : IEntityTypeConfiguration<LmsUser>
{
    public void Configure(EntityTypeBuilder<LmsUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(LmsUser.FullNameMaxLength);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(5);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.SetNull);
    }
}
