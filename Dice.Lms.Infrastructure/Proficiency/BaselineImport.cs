using Dice.Lms.Domain.Imports;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Csv;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Proficiency;

/// <summary>
/// Imports survey results (the baseline CSV of the operations contract) into a cohort, all or nothing: creates missing
/// learners and organisations without mailing them, and updates a learner imported before instead of adding another.
/// </summary>
public sealed class BaselineImport(LmsDbContext db, UserAccounts accounts, TimeProvider clock)
{
    public async Task<(int Imported, IReadOnlyList<ImportProblem> Errors)> ImportAsync(string csv, string cohortName, CancellationToken cancellationToken = default)
    {
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Name == cohortName, cancellationToken);
        if (cohort is null)
        {
            return (0, [new ImportProblem(0, ImportProblemKind.UnknownCohort, cohortName)]);
        }

        var result = BaselineCsv.Read(CsvFiles.Read(csv));
        if (!result.IsValid)
        {
            return (0, result.Errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in result.Rows)
        {
            var account = await accounts.CreateOrUpdateAsync(new AccountRequest(row.Email, row.FullName,
                Organization: row.Organization.Length > 0 ? row.Organization : null, Cohort: cohort.Name), cancellationToken);
            if (!account.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                return (0, [.. account.Errors.Select(e => new ImportProblem(row.Line, ImportProblemKind.AccountRefused, e))]);
            }

            if (row.Organization.Length > 0 && row.Location.Length > 0
                && await db.Organizations.SingleOrDefaultAsync(o => o.Name == row.Organization, cancellationToken) is { Location.Length: 0 } organization)
            {
                organization.Update(organization.Name, row.Location, organization.Sectors, organization.TargetGroups);
            }

            var learnerId = account.User!.Id;
            var assessment = db.SelfAssessments.Local.FirstOrDefault(s => s.LearnerId == learnerId && s.CohortId == cohort.Id && s.Kind == SelfAssessmentKind.Baseline)
                ?? await db.SelfAssessments.SingleOrDefaultAsync(s => s.LearnerId == learnerId && s.CohortId == cohort.Id && s.Kind == SelfAssessmentKind.Baseline, cancellationToken);
            if (assessment is null)
            {
                assessment = new SelfAssessmentResult(learnerId, cohort.Id, SelfAssessmentKind.Baseline, now);
                db.SelfAssessments.Add(assessment);
            }

            assessment.Record(row.Levels, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (result.Rows.Count, []);
    }
}
