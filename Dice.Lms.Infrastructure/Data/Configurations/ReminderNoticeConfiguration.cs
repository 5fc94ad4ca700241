using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class ReminderNoticeConfiguration : IEntityTypeConfiguration<ReminderNotice>
{
    public void Configure(EntityTypeBuilder<ReminderNotice> builder)
    {
        builder.Property(n => n.Key).HasMaxLength(ReminderNotice.KeyMaxLength);
        // The at-most-once guarantee: two runs at the same moment cannot both insert the same reminder.
        builder.HasIndex(n => n.Key).IsUnique();
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.CourseId).HasMaxLength(Dice.Lms.Domain.Courses.Course.IdMaxLength);
        builder.Property(n => n.Period).HasMaxLength(100);
        builder.Property(n => n.Rule).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(n => new { n.WaitsForDigest, n.UserId });
        builder.HasOne<LmsUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
