using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.Property(c => c.LearnerId).HasMaxLength(450);
        builder.Property(c => c.CourseId).HasMaxLength(Course.IdMaxLength);
        builder.Property(c => c.HolderName).HasMaxLength(Certificate.NameMaxLength);
        builder.Property(c => c.CourseTitleMn).HasMaxLength(300);
        builder.Property(c => c.CourseTitleEn).HasMaxLength(300);
        builder.Property(c => c.AreaId).HasMaxLength(40);
        builder.Property(c => c.Issuer).HasMaxLength(Certificate.NameMaxLength);
        builder.Property(c => c.CodeHash).HasMaxLength(32);
        builder.Property(c => c.ProtectedCode).HasMaxLength(128);
        builder.Property(c => c.IssuedBy).HasMaxLength(450);
        builder.Property(c => c.RevokedBy).HasMaxLength(450);
        builder.Property(c => c.RevokeReason).HasMaxLength(Certificate.ReasonMaxLength);
        // A verification is one lookup of this index.
        builder.HasIndex(c => c.CodeHash).IsUnique();
        // One certificate per learner and course: two issues (or reissues) at once cannot both add the same generation.
        builder.HasIndex(c => new { c.LearnerId, c.CourseId, c.Generation }).IsUnique();
        builder.HasIndex(c => c.CourseId);
        builder.Ignore(c => c.IsValid);
        builder.HasOne<LmsUser>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Audit).WithOne().HasForeignKey(a => a.CertificateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Audit).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
