using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class CourseTrainerConfiguration : IEntityTypeConfiguration<CourseTrainer>
{
    public void Configure(EntityTypeBuilder<CourseTrainer> builder)
    {
        builder.HasKey(t => new { t.CourseId, t.TrainerId });
        builder.Property(t => t.CourseId).HasMaxLength(Course.IdMaxLength);
        builder.Property(t => t.TrainerId).HasMaxLength(450);
        builder.HasIndex(t => t.TrainerId);
        builder.HasOne<Course>().WithMany().HasForeignKey(t => t.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LmsUser>().WithMany().HasForeignKey(t => t.TrainerId).OnDelete(DeleteBehavior.Cascade);
    }
}
