using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class ModuleImageConfiguration : IEntityTypeConfiguration<ModuleImage>
{
    public void Configure(EntityTypeBuilder<ModuleImage> builder)
    {
        builder.HasKey(i => new { i.ModuleId, i.Path });
        builder.Property(i => i.ModuleId).HasMaxLength(CourseModule.IdMaxLength);
        builder.Property(i => i.Path).HasMaxLength(300);
        builder.Property(i => i.Hash).HasMaxLength(64);
        builder.Property(i => i.AltText).HasMaxLength(500);
        builder.Ignore(i => i.MarkdownReference);
        builder.HasOne<CourseModule>().WithMany().HasForeignKey(i => i.ModuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ModuleAsset>().WithMany().HasForeignKey(i => i.Hash).OnDelete(DeleteBehavior.Restrict);
    }
}
