using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Proficiency;

/// <summary>
/// Per learner, the level shown in each of the 23 competences (<see cref="ProficiencyRules.DemonstratedPerCompetence"/>)
/// from the distinct module versions whose quiz they passed.
/// </summary>
public static class DemonstratedCompetences
{
    /// <remarks>
    /// The database only narrows millions of attempts down to distinct (learner, version) pairs, compared as integers;
    /// the versions' competence lists are read once and split once. Working out 23 maxima by string matching in SQL
    /// took several times longer on SQLite (docs/benchmarks.md).
    /// </remarks>
    public static async Task<Dictionary<string, IReadOnlyDictionary<string, ProficiencyLevel>>> OfAsync(
        LmsDbContext db, IQueryable<string> learnerIds, CancellationToken cancellationToken)
    {
        var versions = (await db.ModuleVersions.AsNoTracking().Select(v => new { v.Id, v.Competences, v.Level }).ToListAsync(cancellationToken))
            .ToDictionary(v => v.Id, v => (v.Level, Codes: (IEnumerable<string>)v.Competences.Split(',', StringSplitOptions.RemoveEmptyEntries), Passed: true));
        var passed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var pairs = (from attempt in db.QuizAttempts
                     where attempt.Passed == true && learnerIds.Contains(attempt.LearnerId)
                     select new { attempt.LearnerId, attempt.VersionId }).Distinct().AsAsyncEnumerable();
        await foreach (var pair in pairs.WithCancellation(cancellationToken))
        {
            if (!passed.TryGetValue(pair.LearnerId, out var list))
            {
                passed[pair.LearnerId] = list = [];
            }

            list.Add(pair.VersionId);
        }

        return passed.ToDictionary(
            p => p.Key,
            p => ProficiencyRules.DemonstratedPerCompetence(p.Value.Where(versions.ContainsKey).Select(id => versions[id])),
            StringComparer.Ordinal);
    }
}
