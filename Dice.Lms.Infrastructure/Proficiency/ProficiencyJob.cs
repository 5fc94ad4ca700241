using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Proficiency;

/// <summary>
/// Computes every cohort member's level per area and per competence (docs/proficiency.md) and stores the day's counts
/// per cohort, area (or competence) and level, for the whole cohort and for each location of its learners' organisations. Running it again the same day, or
/// twice at once, updates the same rows.
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
        var cohorts = await db.Cohorts.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.OrganizationId }).ToListAsync(cancellationToken);
        foreach (var cohort in cohorts)
        {
            var slices = await ReportSlicesAsync(cohort.Id, cohort.Name, cohort.OrganizationId, cancellationToken);
            await SaveSnapshotsAsync(cohort.Id, today, slices, cancellationToken);
            db.ChangeTracker.Clear();
        }

        return cohorts.Count;
    }

    /// <summary>The cohort's report, and one per location: a learner's organisation's, else the cohort's.</summary>
    private async Task<Dictionary<string, Slice>> ReportSlicesAsync(int cohortId, string cohortName, int? cohortOrganizationId, CancellationToken cancellationToken)
    {
        // Subqueries, not lists of ids: a cohort of 100,000 learners stays one statement each.
        var memberIds = db.Cohorts.Where(c => c.Id == cohortId).SelectMany(c => c.Members).Select(m => m.LearnerId);
        var cohortLocation = await db.Organizations.Where(o => o.Id == cohortOrganizationId).Select(o => o.Location).SingleOrDefaultAsync(cancellationToken) ?? "";
        var members = await (
            from id in memberIds
            join user in db.Users on id equals user.Id
            join organization in db.Organizations on user.OrganizationId equals organization.Id into organizations
            from organization in organizations.DefaultIfEmpty()
            select new { Id = id, Location = organization == null ? null : organization.Location })
            .ToListAsync(cancellationToken);
        var assessments = (await db.SelfAssessments.AsNoTracking().Where(s => memberIds.Contains(s.LearnerId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.LearnerId);
        var demonstrated = (await db.DemonstratedLevelsOf(memberIds).ToListAsync(cancellationToken))
            .ToLookup(d => d.LearnerId);
        var competences = await DemonstratedCompetences.OfAsync(db, memberIds, cancellationToken);

        var learners = members.Select(member => (
            Location: string.IsNullOrWhiteSpace(member.Location) ? cohortLocation : member.Location,
            Levels: LevelsOf(cohortId, assessments[member.Id], demonstrated[member.Id]),
            Competences: CompetencesOf(competences.GetValueOrDefault(member.Id)))).ToList();
        var slices = new Dictionary<string, Slice>(StringComparer.OrdinalIgnoreCase)
        {
            [ProficiencySnapshot.WholeCohort] = new(
                CohortReport.Build(cohortName, learners.Select(l => l.Levels)),
                CompetenceReport.Build(cohortName, learners.Select(l => l.Competences))),
        };
        foreach (var location in learners.Where(l => l.Location.Length > 0).GroupBy(l => l.Location, StringComparer.OrdinalIgnoreCase))
        {
            slices[location.Key] = new(
                CohortReport.Build(cohortName, location.Select(l => l.Levels)),
                CompetenceReport.Build(cohortName, location.Select(l => l.Competences)));
        }

        return slices;
    }

    /// <summary>Every competence's level; a learner who passed no quiz is at None in all 23.</summary>
    private static IReadOnlyDictionary<string, ProficiencyLevel> CompetencesOf(IReadOnlyDictionary<string, ProficiencyLevel>? shown) =>
        shown ?? ProficiencyRules.DemonstratedPerCompetence([]);

    private sealed record Slice(IReadOnlyList<ReportRow> Areas, IReadOnlyList<CompetenceReportRow> Competences);

    private static LearnerLevels LevelsOf(int cohortId, IEnumerable<SelfAssessmentResult> assessments, IEnumerable<DemonstratedLevel> demonstrated)
    {
        var own = assessments.ToList();
        // The baseline taken for this cohort, else the learner's first one anywhere.
        var baseline = own.Where(a => a.Kind == SelfAssessmentKind.Baseline).OrderBy(a => a.CohortId == cohortId ? 0 : 1).ThenBy(a => a.TakenAt).FirstOrDefault();
        var latest = own.OrderByDescending(a => a.TakenAt).FirstOrDefault()?.AreaLevels ?? new Dictionary<string, ProficiencyLevel>();
        var shown = demonstrated.ToDictionary(d => d.AreaId, d => d.Level);
        var current = new Dictionary<string, ProficiencyLevel>();
        foreach (var area in CompetenceAreas.All)
        {
            var selfAssessed = latest.TryGetValue(area.Id, out var level) ? level : (ProficiencyLevel?)null;
            var evidence = shown.TryGetValue(area.Id, out var passed) ? passed : ProficiencyLevel.None;
            if (selfAssessed is not null || evidence > ProficiencyLevel.None)
            {
                current[area.Id] = ProficiencyRules.Current(selfAssessed, evidence);
            }
        }

        return new LearnerLevels(baseline?.AreaLevels ?? new Dictionary<string, ProficiencyLevel>(), current);
    }

    private async Task SaveSnapshotsAsync(int cohortId, DateOnly day, Dictionary<string, Slice> slices, CancellationToken cancellationToken)
    {
        var existing = await db.ProficiencySnapshots.Where(s => s.CohortId == cohortId && s.Date == day).ToListAsync(cancellationToken);
        var byKey = existing.ToDictionary(s => (s.Location.ToUpperInvariant(), s.AreaId, s.Competence, s.Level));
        foreach (var (location, slice) in slices)
        {
            foreach (var row in slice.Areas)
            {
                if (byKey.Remove((location.ToUpperInvariant(), row.Area, ProficiencySnapshot.AreaRow, row.Level), out var snapshot))
                {
                    snapshot.Update(row.Baseline, row.Current);
                }
                else
                {
                    db.ProficiencySnapshots.Add(new ProficiencySnapshot(cohortId, day, location, row.Area, row.Level, row.Baseline, row.Current));
                }
            }

            foreach (var row in slice.Competences)
            {
                if (byKey.Remove((location.ToUpperInvariant(), CompetenceAreas.ForCompetence(row.Competence)!.Id, row.Competence, row.Level), out var snapshot))
                {
                    snapshot.Update(0, row.Current);
                }
                else
                {
                    db.ProficiencySnapshots.Add(ProficiencySnapshot.ForCompetence(cohortId, day, location, row.Competence, row.Level, row.Current));
                }
            }
        }

        // A location nobody in the cohort is from any more (an organisation moved) has no counts today.
        db.ProficiencySnapshots.RemoveRange(byKey.Values);
        await db.SaveChangesAsync(cancellationToken);
    }
}
