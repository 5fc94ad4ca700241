using Dice.Lms.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> builder)
    {
        // No foreign key: the request outlives everything that named the person.
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.CompletedBy).HasMaxLength(450);
        builder.HasIndex(r => new { r.UserId, r.CompletedAt });
    }
}
