using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Domain.Proficiency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class ProficiencySnapshotConfiguration : IEntityTypeConfiguration<ProficiencySnapshot>
{
    public void Configure(EntityTypeBuilder<ProficiencySnapshot> builder)
    {
        builder.Property(s => s.AreaId).HasMaxLength(40);
        builder.Property(s => s.Competence).HasMaxLength(10);
        builder.Property(s => s.Location).HasMaxLength(Organization.NameMaxLength);
        // One row per cohort, day, location, area (or competence) and level: two runs of the job on one day cannot add a second.
        builder.HasIndex(s => new { s.CohortId, s.Date, s.Location, s.AreaId, s.Competence, s.Level }).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}
