using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Cohort.NameMaxLength);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.JoinCode).HasMaxLength(32);
        builder.HasIndex(c => c.JoinCode).IsUnique();
        // One short text column ("idle=7;end;quiz;certificate"): an empty value, as older rows get, reads as the default.
        builder.Property(c => c.Reminders)
            .HasConversion(settings => settings.Format(), text => ReminderSettings.Parse(text))
            .HasMaxLength(100);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.SetNull);

        builder.OwnsMany(c => c.Courses, courses =>
        {
            courses.ToTable("CohortCourses");
            courses.WithOwner().HasForeignKey(c => c.CohortId);
            courses.Property(c => c.CourseId).HasMaxLength(Course.IdMaxLength);
            courses.HasKey(c => new { c.CohortId, c.CourseId });
            courses.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(c => c.Courses).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Members, members =>
        {
            members.ToTable("CohortMembers");
            members.WithOwner().HasForeignKey(m => m.CohortId);
            members.Property(m => m.LearnerId).HasMaxLength(450);
            members.HasKey(m => new { m.CohortId, m.LearnerId });
            members.HasIndex(m => m.LearnerId);
            members.HasOne<LmsUser>().WithMany().HasForeignKey(m => m.LearnerId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
