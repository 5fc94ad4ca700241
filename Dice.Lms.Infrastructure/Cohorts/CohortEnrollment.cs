using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Cohorts;

/// <summary>Keeps cohort members enrolled in the cohort's courses, due by its end date.</summary>
public sealed class CohortEnrollment(LmsDbContext db, TimeProvider clock)
{
    /// <summary>Adds the missing enrolments (tracked, not saved): the caller saves them with its own change.</summary>
    public async Task EnrollMembersAsync(Cohort cohort, CancellationToken cancellationToken = default)
    {
        var learnerIds = cohort.Members.Select(m => m.LearnerId).ToList();
        var courseIds = cohort.Courses.Select(c => c.CourseId).ToList();
        if (learnerIds.Count == 0 || courseIds.Count == 0)
        {
            return;
        }

        var existing = await db.Enrollments
            .Where(e => learnerIds.Contains(e.LearnerId) && courseIds.Contains(e.CourseId))
            .ToListAsync(cancellationToken);
        var byKey = existing.Concat(db.Enrollments.Local.Where(e => e.Id == 0))
            .DistinctBy(e => (e.LearnerId, e.CourseId))
            .ToDictionary(e => (e.LearnerId, e.CourseId));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var learnerId in learnerIds)
        {
            foreach (var courseId in courseIds)
            {
                if (byKey.TryGetValue((learnerId, courseId), out var enrollment))
                {
                    if (enrollment.CohortId is null)
                    {
                        enrollment.AttachToCohort(cohort.Id, cohort.EndDate);
                    }

                    continue;
                }

                var added = new Enrollment(learnerId, courseId, cohort.Id == 0 ? null : cohort.Id, cohort.EndDate, now);
                db.Enrollments.Add(added);
                byKey[(learnerId, courseId)] = added;
            }
        }
    }
}
