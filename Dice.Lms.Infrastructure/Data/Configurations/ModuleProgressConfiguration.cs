using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class ModuleProgressConfiguration : IEntityTypeConfiguration<ModuleProgress>
{
    public void Configure(EntityTypeBuilder<ModuleProgress> builder)
    {
        builder.Property(p => p.LearnerId).HasMaxLength(450);
        builder.Property(p => p.ModuleId).HasMaxLength(CourseModule.IdMaxLength);
        builder.HasIndex(p => new { p.LearnerId, p.ModuleId }).IsUnique();
        builder.HasOne<LmsUser>().WithMany().HasForeignKey(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CourseModule>().WithMany().HasForeignKey(p => p.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModuleVersion>().WithMany().HasForeignKey(p => p.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
