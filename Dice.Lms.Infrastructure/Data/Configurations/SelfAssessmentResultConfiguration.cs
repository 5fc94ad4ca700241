using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class SelfAssessmentResultConfiguration : IEntityTypeConfiguration<SelfAssessmentResult>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentResult> builder)
    {
        builder.Property(r => r.LearnerId).HasMaxLength(450);
        builder.Property(r => r.Levels).HasMaxLength(400);
        builder.Ignore(r => r.AreaLevels);
        builder.HasIndex(r => new { r.LearnerId, r.CohortId, r.Kind });
        builder.HasOne<LmsUser>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.SetNull);
    }
}
