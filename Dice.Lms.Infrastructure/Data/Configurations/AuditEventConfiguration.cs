using Dice.Lms.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        // No foreign keys to the accounts: an event outlives a deleted account, and an erased one keeps its bare id.
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.SubjectId).HasMaxLength(450);
        builder.Property(e => e.Target).HasMaxLength(AuditEvent.TargetLength);
        builder.Property(e => e.ClientAddress).HasMaxLength(AuditEvent.AddressLength);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.SubjectId);
        builder.HasIndex(e => e.ActorId);
    }
}
