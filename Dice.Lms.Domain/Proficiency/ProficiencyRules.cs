using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// The three rules that turn what a learner says and does into a level per competence area.
/// docs/proficiency.md explains them with a worked example.
/// </summary>
public static class ProficiencyRules
{
    /// <summary>
    /// The level a learner gives themselves in an area: the average of their answers' percentages, rounded down to a
    /// level (docs/self-assessment.md). Null when the learner has not answered any question in the area.
    /// </summary>
    public static ProficiencyLevel? SelfAssessed(IEnumerable<ProficiencyLevel> answersInArea)
    {
        ArgumentNullException.ThrowIfNull(answersInArea);
        var answers = answersInArea.ToList();
        if (answers.Count == 0)
        {
            return null;
        }

        // Compare sums, not averages: percent × count ≤ sum is exact in integers, where 175 / 3 would not be.
        var sum = answers.Sum(a => a.Percent());
        return ProficiencyLevels.All.Last(level => level.Percent() * answers.Count <= sum);
    }

    /// <summary>
    /// The level a learner has shown in an area: the highest module level whose quiz they passed, or None.
    /// A failed quiz shows nothing, so it neither raises nor lowers the level.
    /// </summary>
    public static ProficiencyLevel Demonstrated(IEnumerable<(ProficiencyLevel ModuleLevel, bool Passed)> quizzesInArea)
    {
        ArgumentNullException.ThrowIfNull(quizzesInArea);
        return quizzesInArea
            .Where(q => q.Passed)
            .Select(q => q.ModuleLevel)
            .DefaultIfEmpty(ProficiencyLevel.None)
            .Max();
    }

    /// <summary>
    /// The level a learner has shown in each of the 23 competences: the highest level of a passed module teaching it,
    /// None for a competence no passed module teaches. A module teaching several competences raises each of them;
    /// codes outside the framework are ignored.
    /// </summary>
    public static IReadOnlyDictionary<string, ProficiencyLevel> DemonstratedPerCompetence(
        IEnumerable<(ProficiencyLevel ModuleLevel, IEnumerable<string> Competences, bool Passed)> quizzes)
    {
        ArgumentNullException.ThrowIfNull(quizzes);
        var levels = CompetenceAreas.AllCompetences.ToDictionary(c => c, _ => ProficiencyLevel.None, StringComparer.Ordinal);
        foreach (var quiz in quizzes.Where(q => q.Passed))
        {
            foreach (var code in quiz.Competences)
            {
                if (levels.TryGetValue(code.Trim(), out var level) && quiz.ModuleLevel > level)
                {
                    levels[code.Trim()] = quiz.ModuleLevel;
                }
            }
        }

        return levels;
    }

    /// <summary>
    /// The level the cohort report counts as current: the higher of the self-assessed and the demonstrated level.
    /// </summary>
    /// <remarks>
    /// Evidence can only raise what a learner says of themselves: failing a quiz is not proof that a learner cannot do
    /// what they say they can (they may not have studied that module yet). A learner who passes quizzes beyond their
    /// self-assessment has shown that level, whatever they answered. A missing self-assessment counts as None.
    /// </remarks>
    public static ProficiencyLevel Current(ProficiencyLevel? selfAssessed, ProficiencyLevel demonstrated)
    {
        var said = selfAssessed ?? ProficiencyLevel.None;
        return said >= demonstrated ? said : demonstrated;
    }
}
