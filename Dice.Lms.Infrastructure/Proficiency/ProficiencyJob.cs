using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Proficiency;

/// <summary>
/// Computes every cohort member's level per area (docs/proficiency.md) and stores the day's counts per cohort, area and
/// level. Running it again the same day, or twice at once, updates the same rows.
/// </summary>
public sealed class ProficiencyJob(LmsDbContext db, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ComputeAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run inserted today's rows first: run again, which now updates them.
            db.ChangeTracker.Clear();
            return await ComputeAsync(cancellationToken);
        }
    }

    private async Task<int> ComputeAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var cohorts = await db.Cohorts.Include(c => c.Members).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var cohort in cohorts)
        {
            var members = cohort.Members.Select(m => m.LearnerId).ToList();
            var assessments = await db.SelfAssessments.AsNoTracking().Where(s => members.Contains(s.LearnerId)).ToListAsync(cancellationToken);
            var passed = await db.PassedQuizzesOf(members).ToListAsync(cancellationToken);

            var learners = members.Select(learnerId =>
            {
                var own = assessments.Where(a => a.LearnerId == learnerId).ToList();
                // The baseline taken for this cohort, else the learner's first one anywhere.
                var baseline = own.Where(a => a.Kind == SelfAssessmentKind.Baseline).OrderBy(a => a.CohortId == cohort.Id ? 0 : 1).ThenBy(a => a.TakenAt).FirstOrDefault();
                var latest = own.OrderByDescending(a => a.TakenAt).FirstOrDefault()?.AreaLevels ?? new Dictionary<string, ProficiencyLevel>();
                var current = new Dictionary<string, ProficiencyLevel>();
                foreach (var area in CompetenceAreas.All)
                {
                    var demonstrated = ProficiencyRules.Demonstrated(passed.Where(p => p.LearnerId == learnerId && p.AreaId == area.Id).Select(p => (p.Level, true)));
                    var selfAssessed = latest.TryGetValue(area.Id, out var level) ? level : (ProficiencyLevel?)null;
                    if (selfAssessed is not null || demonstrated > ProficiencyLevel.None)
                    {
                        current[area.Id] = ProficiencyRules.Current(selfAssessed, demonstrated);
                    }
                }

                return new LearnerLevels(baseline?.AreaLevels ?? new Dictionary<string, ProficiencyLevel>(), current);
            }).ToList();

            var rows = CohortReport.Build(cohort.Name, learners);
            var existing = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort.Id && s.Date == today).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var snapshot = existing.FirstOrDefault(s => s.AreaId == row.Area && s.Level == row.Level);
                if (snapshot is null)
                {
                    db.ProficiencySnapshots.Add(new ProficiencySnapshot(cohort.Id, today, row.Area, row.Level, row.Baseline, row.Current));
                }
                else
                {
                    snapshot.Update(row.Baseline, row.Current);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return cohorts.Count;
    }
}
