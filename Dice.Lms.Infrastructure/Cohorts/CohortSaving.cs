using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Cohorts;

/// <summary>What staff (on the cohort page) or an operator (on the command line) ask to save.</summary>
/// <param name="CourseIds">The cohort's courses; null keeps the ones it has.</param>
public sealed record CohortChange(string Name, int? OrganizationId, DateOnly? StartDate, DateOnly? EndDate, IReadOnlyList<string>? CourseIds);

public enum CohortProblemKind
{
    NameTaken,
    EndBeforeStart,
    UnknownCourse,
    UnknownOrganization,
}

/// <param name="Values">The course ids nobody knows, for <see cref="CohortProblemKind.UnknownCourse"/>.</param>
public sealed record CohortProblem(CohortProblemKind Kind, IReadOnlyList<string> Values);

/// <summary>
/// Saves a cohort and enrols its members in its courses: the one workflow behind the cohort page and
/// `cohorts create`, so both check the same rules and enrol the same way.
/// </summary>
public sealed class CohortSaving(LmsDbContext db, CohortEnrollment enrollment)
{
    /// <summary>Every reason the change cannot be saved; <paramref name="cohortId"/> is the cohort it updates, if any.</summary>
    public async Task<IReadOnlyList<CohortProblem>> CheckAsync(CohortChange change, int? cohortId, CancellationToken cancellationToken = default)
    {
        var problems = new List<CohortProblem>();
        var name = change.Name.Trim();
        if (await db.Cohorts.AnyAsync(c => c.Name == name && c.Id != cohortId, cancellationToken))
        {
            problems.Add(new CohortProblem(CohortProblemKind.NameTaken, []));
        }

        if (change.StartDate is { } start && change.EndDate is { } end && end < start)
        {
            problems.Add(new CohortProblem(CohortProblemKind.EndBeforeStart, []));
        }

        if (change.CourseIds is { Count: > 0 } wanted)
        {
            var known = await db.Courses.Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
            var unknown = wanted.Distinct(StringComparer.Ordinal).Except(known, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                problems.Add(new CohortProblem(CohortProblemKind.UnknownCourse, unknown));
            }
        }

        if (change.OrganizationId is { } organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            problems.Add(new CohortProblem(CohortProblemKind.UnknownOrganization, []));
        }

        return problems;
    }

    /// <summary>
    /// Creates the cohort (when <paramref name="cohort"/> is null) or updates it, then enrols its members, all in one
    /// transaction. The cohort must be loaded with its courses and members. Throws <see cref="DbUpdateException"/> when
    /// another request took the name in between.
    /// </summary>
    public async Task<Cohort> SaveAsync(Cohort? cohort, CohortChange change, CancellationToken cancellationToken = default)
    {
        var name = change.Name.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (cohort is null)
        {
            cohort = new Cohort(name, change.OrganizationId, change.StartDate, change.EndDate, JoinCodes.New());
            db.Cohorts.Add(cohort);
        }
        else
        {
            cohort.Update(name, change.OrganizationId, change.StartDate, change.EndDate);
        }

        if (change.CourseIds is not null)
        {
            cohort.AssignCourses(change.CourseIds);
        }

        await db.SaveChangesAsync(cancellationToken);
        await enrollment.EnrollMembersAsync(cohort, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cohort;
    }
}
