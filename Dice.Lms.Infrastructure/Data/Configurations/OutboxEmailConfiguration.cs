using Dice.Lms.Domain.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.Property(e => e.Key).HasMaxLength(300);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.MessageId).HasMaxLength(200);
        builder.Property(e => e.ToAddress).HasMaxLength(320);
        builder.Property(e => e.ToName).HasMaxLength(200);
        builder.Property(e => e.Subject).HasMaxLength(500);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UnsubscribeUrl).HasMaxLength(1000);
        builder.Property(e => e.LastError).HasMaxLength(1000);
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });

        // A run saves its marks only on rows it still holds: if its claim ran out and another run claimed a row, the
        // save fails instead of handing the same e-mail over twice.
        builder.Property(e => e.ClaimToken).IsConcurrencyToken();
    }
}
