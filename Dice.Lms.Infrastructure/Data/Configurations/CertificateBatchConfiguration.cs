using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class CertificateBatchConfiguration : IEntityTypeConfiguration<CertificateBatch>
{
    public void Configure(EntityTypeBuilder<CertificateBatch> builder)
    {
        builder.Property(b => b.CourseId).HasMaxLength(Course.IdMaxLength);
        builder.Property(b => b.RequestedBy).HasMaxLength(450);
        builder.Ignore(b => b.IsFinished);
        builder.HasIndex(b => new { b.CohortId, b.CourseId });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(b => b.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(b => b.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
