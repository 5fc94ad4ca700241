using Dice.Lms.Domain.Audit;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Email;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Domain.Privacy;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Domain.Reminders;
using Dice.Lms.Domain.Xapi;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>
/// The application's database. Each provider has its own subclass only so that each keeps its own migrations
/// (EF Core docs, "Migrations with Multiple Providers"); the model is the same.
/// </summary>
public abstract class LmsDbContext(DbContextOptions options) : IdentityDbContext<LmsUser>(options), IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<CourseModule> Modules => Set<CourseModule>();

    public DbSet<ModuleVersion> ModuleVersions => Set<ModuleVersion>();

    public DbSet<ModuleProgress> ModuleProgress => Set<ModuleProgress>();

    public DbSet<ModuleAsset> ModuleAssets => Set<ModuleAsset>();

    public DbSet<CourseTrainer> CourseTrainers => Set<CourseTrainer>();

    public DbSet<ModuleDraft> ModuleDrafts => Set<ModuleDraft>();

    public DbSet<ModuleImage> ModuleImages => Set<ModuleImage>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<SelfAssessmentResult> SelfAssessments => Set<SelfAssessmentResult>();

    public DbSet<ProficiencySnapshot> ProficiencySnapshots => Set<ProficiencySnapshot>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<QueuedStatement> XapiStatements => Set<QueuedStatement>();

    public DbSet<ErasureRequest> ErasureRequests => Set<ErasureRequest>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<CertificateAuditEntry> CertificateAudit => Set<CertificateAuditEntry>();

    public DbSet<CertificateBatch> CertificateBatches => Set<CertificateBatch>();

    public DbSet<ReminderNotice> ReminderNotices => Set<ReminderNotice>();

    public DbSet<AccountSession> AccountSessions => Set<AccountSession>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LmsDbContext).Assembly);
    }
}
