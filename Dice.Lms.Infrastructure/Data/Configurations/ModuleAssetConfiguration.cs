using Dice.Lms.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class ModuleAssetConfiguration : IEntityTypeConfiguration<ModuleAsset>
{
    public void Configure(EntityTypeBuilder<ModuleAsset> builder)
    {
        builder.HasKey(a => a.Hash);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.ContentType).HasMaxLength(100);
    }
}
