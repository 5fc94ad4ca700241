using Dice.Lms.Domain.Xapi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class QueuedStatementConfiguration : IEntityTypeConfiguration<QueuedStatement>
{
    public void Configure(EntityTypeBuilder<QueuedStatement> builder)
    {
        builder.ToTable("XapiStatements");
        builder.Property(s => s.Key).HasMaxLength(300);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasIndex(s => s.StatementId).IsUnique();
        builder.Property(s => s.LearnerId).HasMaxLength(450);
        builder.HasIndex(s => s.LearnerId);
        builder.Property(s => s.LastError).HasMaxLength(QueuedStatement.ErrorMaxLength);
        builder.HasIndex(s => new { s.SentAt, s.NextAttemptAt });
    }
}
