using Dice.Lms.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class CourseModuleConfiguration : IEntityTypeConfiguration<CourseModule>
{
    public void Configure(EntityTypeBuilder<CourseModule> builder)
    {
        builder.Property(m => m.Id).HasMaxLength(CourseModule.IdMaxLength);
        builder.Property(m => m.CourseId).HasMaxLength(Course.IdMaxLength);
        builder.Property(m => m.FileStem).HasMaxLength(200);
        builder.HasIndex(m => new { m.CourseId, m.Position });
        builder.HasOne<Course>().WithMany().HasForeignKey(m => m.CourseId).OnDelete(DeleteBehavior.Restrict);
        // CurrentVersionId is a plain column: a foreign key both ways would make every insert order impossible.
        builder.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
