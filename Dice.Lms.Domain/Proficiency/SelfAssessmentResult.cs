using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// A learner's self-assessed level in each area, from the baseline (joining a cohort, or a survey staff imported) or
/// the final self-assessment at the end of the cohort.
/// </summary>
public sealed class SelfAssessmentResult
{
    public SelfAssessmentResult(string learnerId, int? cohortId, SelfAssessmentKind kind, DateTime takenAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(learnerId);
        LearnerId = learnerId;
        CohortId = cohortId;
        Kind = kind;
        TakenAt = takenAt;
        Levels = "";
    }

    public long Id { get; private set; }

    public string LearnerId { get; private set; }

    public int? CohortId { get; private set; }

    public SelfAssessmentKind Kind { get; private set; }

    public DateTime TakenAt { get; private set; }

    /// <summary>"devices=beginner;safety=intermediate…": one level per area answered.</summary>
    public string Levels { get; private set; }

    public IReadOnlyDictionary<string, ProficiencyLevel> AreaLevels => Levels
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Where(parts => parts.Length == 2 && ProficiencyLevels.TryParse(parts[1], out _))
        .ToDictionary(parts => parts[0], parts => ProficiencyLevels.TryParse(parts[1], out var level) ? level : ProficiencyLevel.None, StringComparer.Ordinal);

    /// <summary>Replaces the levels: taking the assessment again, or importing the same survey again, updates it.</summary>
    public void Record(IReadOnlyDictionary<string, ProficiencyLevel> levels, DateTime takenAt)
    {
        var unknown = levels.Keys.FirstOrDefault(area => CompetenceAreas.Find(area) is null);
        if (unknown is not null)
        {
            throw new ArgumentException($"Unknown competence area '{unknown}'.", nameof(levels));
        }

        Levels = string.Join(';', CompetenceAreas.All.Where(a => levels.ContainsKey(a.Id)).Select(a => $"{a.Id}={levels[a.Id].Id()}"));
        TakenAt = takenAt;
    }
}
