using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Proficiency;

public static class PassedQuizzes
{
    /// <summary>The quizzes these learners passed, with the level of the version they passed and the course's area.</summary>
    public static IQueryable<PassedQuiz> PassedQuizzesOf(this LmsDbContext db, IReadOnlyCollection<string> learnerIds) => (
        from attempt in db.QuizAttempts
        where learnerIds.Contains(attempt.LearnerId) && attempt.Passed == true
        join version in db.ModuleVersions on attempt.VersionId equals version.Id
        join module in db.Modules on attempt.ModuleId equals module.Id
        join course in db.Courses on module.CourseId equals course.Id
        select new PassedQuiz { LearnerId = attempt.LearnerId, ModuleId = attempt.ModuleId, AreaId = course.AreaId, Level = version.Level })
        .Distinct();

    /// <summary>
    /// Per learner and area, the highest module level whose quiz the learner passed: <see cref="Domain.Proficiency.ProficiencyRules.Demonstrated"/>
    /// worked out by the database, so that a cohort's millions of attempts never leave it.
    /// </summary>
    public static IQueryable<DemonstratedLevel> DemonstratedLevelsOf(this LmsDbContext db, IQueryable<string> learnerIds) =>
        from attempt in db.QuizAttempts
        where attempt.Passed == true && learnerIds.Contains(attempt.LearnerId)
        join version in db.ModuleVersions on attempt.VersionId equals version.Id
        join module in db.Modules on attempt.ModuleId equals module.Id
        join course in db.Courses on module.CourseId equals course.Id
        group version.Level by new { attempt.LearnerId, course.AreaId } into passed
        select new DemonstratedLevel(passed.Key.LearnerId, passed.Key.AreaId, passed.Max());
}

public sealed record DemonstratedLevel(string LearnerId, string AreaId, ProficiencyLevel Level);
