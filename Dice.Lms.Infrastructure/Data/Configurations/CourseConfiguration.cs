using Dice.Lms.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.Property(c => c.Id).HasMaxLength(Course.IdMaxLength);
        builder.Property(c => c.AreaId).HasMaxLength(40);
        builder.Property(c => c.TitleMn).HasMaxLength(300);
        builder.Property(c => c.TitleEn).HasMaxLength(300);
        builder.Property(c => c.DescriptionMn).HasMaxLength(2000);
        builder.Property(c => c.DescriptionEn).HasMaxLength(2000);
    }
}
