using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class ModuleDraftConfiguration : IEntityTypeConfiguration<ModuleDraft>
{
    public void Configure(EntityTypeBuilder<ModuleDraft> builder)
    {
        builder.HasKey(d => new { d.ModuleId, d.Language });
        builder.Property(d => d.ModuleId).HasMaxLength(CourseModule.IdMaxLength);
        builder.Property(d => d.Language).HasMaxLength(5);
        builder.Property(d => d.SavedBy).HasMaxLength(450);
        // Two saves read the same revision: the second UPDATE ... WHERE Revision = n changes no row and is refused.
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.HasOne<CourseModule>().WithMany().HasForeignKey(d => d.ModuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
