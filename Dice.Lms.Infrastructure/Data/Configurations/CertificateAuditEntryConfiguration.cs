using Dice.Lms.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class CertificateAuditEntryConfiguration : IEntityTypeConfiguration<CertificateAuditEntry>
{
    public void Configure(EntityTypeBuilder<CertificateAuditEntry> builder)
    {
        builder.ToTable("CertificateAudit");
        builder.Property(a => a.ActorId).HasMaxLength(450);
        builder.Property(a => a.Reason).HasMaxLength(Certificate.ReasonMaxLength);
        builder.HasIndex(a => a.At);
    }
}
