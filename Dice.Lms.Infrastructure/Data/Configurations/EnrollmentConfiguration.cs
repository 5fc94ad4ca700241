using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.Property(e => e.LearnerId).HasMaxLength(450);
        builder.Property(e => e.CourseId).HasMaxLength(Course.IdMaxLength);
        // One enrolment per learner and course, whatever number of cohorts or clicks lead there.
        builder.HasIndex(e => new { e.LearnerId, e.CourseId }).IsUnique();
        builder.HasOne<LmsUser>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.SetNull);
    }
}
