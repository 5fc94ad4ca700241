using Dice.Lms.Domain;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Infrastructure.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Certificates;

public static class CourseEligibility
{
    /// <summary>
    /// The one place eligibility meets the database: the course's current modules, these learners' progress, their
    /// best quiz results and their demonstrated level in the course's area, handed to
    /// <see cref="CertificateEligibility.Decide"/>. A few queries for any number of learners.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, LearnerEligibility>> EligibilityAsync(this LmsDbContext db, ModuleQuizzes quizzes, Course course,
        IReadOnlyCollection<string> learnerIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(course);
        var ids = learnerIds.Distinct().ToList();
        var modules = await db.Modules.Where(m => m.CourseId == course.Id && m.ArchivedAt == null && m.CurrentVersionId != null)
            .OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var versionIds = modules.Select(m => m.CurrentVersionId!.Value).ToList();
        var versions = await db.ModuleVersions.Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var current = modules.Where(m => versions.ContainsKey(m.CurrentVersionId!.Value)).Select(m =>
        {
            var version = versions[m.CurrentVersionId!.Value];
            var quiz = quizzes.For(version, Languages.Mongolian);
            return (Module: m, Title: version.Text(Languages.Mongolian)?.Title ?? m.Id, Quiz: quiz, PassMark: quiz?.PassMark ?? course.PassMark);
        }).ToList();
        var moduleIds = current.Select(m => m.Module.Id).ToList();

        var completed = (await db.ModuleProgress
                .Where(p => ids.Contains(p.LearnerId) && moduleIds.Contains(p.ModuleId) && p.CompletedAt != null)
                .Select(p => new { p.LearnerId, p.ModuleId }).ToListAsync(cancellationToken))
            .Select(p => (p.LearnerId, p.ModuleId)).ToHashSet();
        // Any version's attempt counts: a learner who passed before a module changed keeps that pass.
        var best = (await db.QuizAttempts
                .Where(a => ids.Contains(a.LearnerId) && moduleIds.Contains(a.ModuleId) && a.SubmittedAt != null && a.Percent != null)
                .GroupBy(a => new { a.LearnerId, a.ModuleId })
                .Select(g => new { g.Key.LearnerId, g.Key.ModuleId, Best = g.Max(a => a.Percent!.Value) })
                .ToListAsync(cancellationToken))
            .ToDictionary(a => (a.LearnerId, a.ModuleId), a => a.Best);
        var passed = (await db.PassedQuizzesOf(ids).Where(q => q.AreaId == course.AreaId).ToListAsync(cancellationToken))
            .ToLookup(q => q.LearnerId);

        return ids.ToDictionary(id => id, id =>
        {
            var standings = current.Select(m => new ModuleStanding(
                m.Module.Id,
                m.Title,
                completed.Contains((id, m.Module.Id)),
                m.Quiz is not null,
                best.TryGetValue((id, m.Module.Id), out var percent) && percent >= m.PassMark));
            var demonstrated = ProficiencyRules.Demonstrated(passed[id].Select(q => (q.Level, true)));
            return new LearnerEligibility(CertificateEligibility.Decide(course.Completion, course.MinLevel, standings, demonstrated), demonstrated);
        });
    }
}
