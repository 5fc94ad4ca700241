using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dice.Lms.Infrastructure.Data.Configurations;

public sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.Property(a => a.LearnerId).HasMaxLength(450);
        builder.Property(a => a.ModuleId).HasMaxLength(CourseModule.IdMaxLength);
        builder.Property(a => a.Language).HasMaxLength(5);
        builder.Property(a => a.Percent).HasPrecision(5, 2);
        // Two clicks on "start" cannot make two attempts with the same number.
        builder.HasIndex(a => new { a.LearnerId, a.ModuleId, a.Number }).IsUnique();
        // Two submissions of one attempt: the second finds the stamp changed and saves nothing.
        builder.Property(a => a.Stamp).IsConcurrencyToken();
        builder.Ignore(a => a.QuestionLayouts);
        builder.Ignore(a => a.SavedAnswers);
        builder.Ignore(a => a.IsSubmitted);
        builder.HasOne<LmsUser>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CourseModule>().WithMany().HasForeignKey(a => a.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModuleVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
