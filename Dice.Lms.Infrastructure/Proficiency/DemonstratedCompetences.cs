using System.Linq.Expressions;
using System.Reflection;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Data;

namespace Dice.Lms.Infrastructure.Proficiency;

/// <summary>
/// Per learner, the highest level of a passed module teaching each of the 23 competences (percentages, 0 for none, in
/// <see cref="CompetenceAreas.AllCompetences"/> order): <see cref="Domain.Proficiency.ProficiencyRules.DemonstratedPerCompetence"/>
/// worked out by the database, one row per learner, so that millions of attempts never leave it.
/// </summary>
public sealed record DemonstratedCompetences(string LearnerId, int[] Levels)
{
    private static readonly MethodInfo MaxOfInt =
        ((MethodCallExpression)((Expression<Func<IEnumerable<PassedVersion>, int>>)(g => g.Max(p => p.Level))).Body).Method;

    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    // g => new DemonstratedCompetences(g.Key, new[] { g.Max(p => p.Codes.Contains(",0.1,") ? p.Level : 0), … }):
    // 23 aggregates of one GROUP BY, written once from the list of competences rather than by hand.
    private static readonly Expression<Func<IGrouping<string, PassedVersion>, DemonstratedCompetences>> PerLearner = BuildPerLearner();

    public ProficiencyLevel this[int competence] => (ProficiencyLevel)Levels[competence];

    public static IQueryable<DemonstratedCompetences> Of(LmsDbContext db, IQueryable<string> learnerIds) => (
        from attempt in db.QuizAttempts
        where attempt.Passed == true && learnerIds.Contains(attempt.LearnerId)
        join version in db.ModuleVersions on attempt.VersionId equals version.Id
        // Commas around the list, so that ",4.2," matches the code and never a part of another one.
        select new PassedVersion { LearnerId = attempt.LearnerId, Codes = "," + version.Competences + ",", Level = (int)version.Level })
        .GroupBy(p => p.LearnerId)
        .Select(PerLearner);

    private static Expression<Func<IGrouping<string, PassedVersion>, DemonstratedCompetences>> BuildPerLearner()
    {
        var group = Expression.Parameter(typeof(IGrouping<string, PassedVersion>), "g");
        var passed = Expression.Parameter(typeof(PassedVersion), "p");
        var maxima = CompetenceAreas.AllCompetences.Select(code => Expression.Call(MaxOfInt, group, Expression.Lambda<Func<PassedVersion, int>>(
            Expression.Condition(
                Expression.Call(Expression.Property(passed, nameof(PassedVersion.Codes)), StringContains, Expression.Constant("," + code + ",")),
                Expression.Property(passed, nameof(PassedVersion.Level)),
                Expression.Constant(0)),
            passed)));
        var constructor = typeof(DemonstratedCompetences).GetConstructor([typeof(string), typeof(int[])])!;
        return Expression.Lambda<Func<IGrouping<string, PassedVersion>, DemonstratedCompetences>>(
            Expression.New(constructor, Expression.Property(group, nameof(IGrouping<string, PassedVersion>.Key)), Expression.NewArrayInit(typeof(int), maxima)),
            group);
    }

    // A class with an initialiser, not a positional record: EF Core follows members set by an initialiser into GROUP BY.
    public sealed class PassedVersion
    {
        public required string LearnerId { get; init; }

        public required string Codes { get; init; }

        public required int Level { get; init; }
    }
}
