using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Proficiency;

/// <summary>
/// What a programme reports to its funders for one cohort or several added up: the cohort's facts, levels at the
/// baseline and now (latest snapshot of each cohort, whole cohort), the competence map and the activity behind them.
/// </summary>
public sealed record ProgrammeReport(
    string Scope,
    DateOnly? SnapshotDate,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> Locations,
    DateOnly? Start,
    DateOnly? End,
    int Enrolled,
    int Active,
    int Completed,
    IReadOnlyList<ReportRow> Areas,
    IReadOnlyList<CompetenceReportRow> Competences,
    int ModulesCompleted,
    int QuizzesPassed,
    int CertificatesIssued,
    int CertificatesRevoked)
{
    /// <summary>Builds the report of <paramref name="cohortIds"/> under <paramref name="scope"/> (a cohort's name, or "all cohorts").</summary>
    public static async Task<ProgrammeReport> BuildAsync(LmsDbContext db, IReadOnlyList<int> cohortIds, string scope, CancellationToken cancellationToken = default)
    {
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).Select(c => new { c.Id, c.Name, c.OrganizationId, c.StartDate, c.EndDate }).ToListAsync(cancellationToken);
        var memberIds = db.Cohorts.Where(c => cohortIds.Contains(c.Id)).SelectMany(c => c.Members).Select(m => m.LearnerId).Distinct();
        var organizationIds = await db.Users.Where(u => memberIds.Contains(u.Id) && u.OrganizationId != null).Select(u => u.OrganizationId!.Value).Distinct().ToListAsync(cancellationToken);
        organizationIds.AddRange(cohorts.Where(c => c.OrganizationId is not null).Select(c => c.OrganizationId!.Value));
        var organizations = await db.Organizations.Where(o => organizationIds.Contains(o.Id)).OrderBy(o => o.Name).Select(o => new { o.Name, o.Location }).ToListAsync(cancellationToken);
        var enrolled = await memberIds.CountAsync(cancellationToken);
        var active = await db.ModuleProgress.Where(p => memberIds.Contains(p.LearnerId)).Select(p => p.LearnerId).Distinct().CountAsync(cancellationToken);
        var certificates = await db.Certificates.Where(c => memberIds.Contains(c.LearnerId)).Select(c => new { c.LearnerId, c.Status }).ToListAsync(cancellationToken);
        var modulesCompleted = await db.ModuleProgress.CountAsync(p => memberIds.Contains(p.LearnerId) && p.CompletedAt != null, cancellationToken);
        var quizzesPassed = await db.QuizAttempts.Where(a => memberIds.Contains(a.LearnerId) && a.Passed == true).Select(a => new { a.LearnerId, a.ModuleId }).Distinct().CountAsync(cancellationToken);

        var areas = new List<IReadOnlyList<ReportRow>>();
        var competences = new List<IReadOnlyList<CompetenceReportRow>>();
        DateOnly? latestOfAll = null;
        foreach (var cohort in cohorts)
        {
            var latest = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort.Id).MaxAsync(s => (DateOnly?)s.Date, cancellationToken);
            List<ProficiencySnapshot> day = latest is null ? [] : await db.ProficiencySnapshots.AsNoTracking()
                .Where(s => s.CohortId == cohort.Id && s.Date == latest && s.Location == ProficiencySnapshot.WholeCohort).ToListAsync(cancellationToken);
            areas.Add(CohortReport.FromSnapshots(scope, day));
            competences.Add(CompetenceReport.FromSnapshots(scope, day));
            latestOfAll = latest > latestOfAll || latestOfAll is null ? latest : latestOfAll;
        }

        return new ProgrammeReport(
            scope,
            latestOfAll,
            [.. organizations.Select(o => o.Name)],
            [.. organizations.Select(o => o.Location).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order()],
            cohorts.Min(c => c.StartDate),
            cohorts.Max(c => c.EndDate),
            enrolled,
            active,
            // Completed: holds at least one valid certificate.
            certificates.Where(c => c.Status == CertificateStatus.Valid).Select(c => c.LearnerId).Distinct().Count(),
            CohortReport.Combine(scope, areas),
            CompetenceReport.Combine(scope, competences),
            modulesCompleted,
            quizzesPassed,
            certificates.Count,
            certificates.Count(c => c.Status == CertificateStatus.Revoked));
    }
}
