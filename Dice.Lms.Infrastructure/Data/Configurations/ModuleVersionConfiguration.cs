using Dice.Lms.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class ModuleVersionConfiguration : IEntityTypeConfiguration<ModuleVersion>
{
    public void Configure(EntityTypeBuilder<ModuleVersion> builder)
    {
        builder.Property(v => v.ModuleId).HasMaxLength(CourseModule.IdMaxLength);
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.Competences).HasMaxLength(200);
        builder.Property(v => v.CreatedBy).HasMaxLength(450);
        // Two nodes importing the same content at once cannot both add version N.
        builder.HasIndex(v => new { v.ModuleId, v.Number }).IsUnique();
        builder.Ignore(v => v.CompetenceCodes);
        builder.Ignore(v => v.AssetHashes);
        builder.OwnsMany(v => v.Texts, texts =>
        {
            texts.ToTable("ModuleVersionTexts");
            texts.WithOwner().HasForeignKey(t => t.VersionId);
            texts.HasKey(t => new { t.VersionId, t.Language });
            texts.Property(t => t.Language).HasMaxLength(5);
            texts.Property(t => t.Title).HasMaxLength(300);
            texts.Ignore(t => t.ObjectiveList);
            texts.Ignore(t => t.SourceList);
        });
        builder.Navigation(v => v.Texts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
