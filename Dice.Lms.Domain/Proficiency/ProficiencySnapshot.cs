using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// How many learners of a cohort stood at a level of an area on a day: at the baseline and now. A snapshot counts the
/// whole cohort (<see cref="Location"/> empty) or only its learners whose organisation is in one location. An area row
/// has an empty <see cref="Competence"/>; a competence row (same day, same job) names the competence, counts only
/// <see cref="Current"/> (the baseline survey measured areas, not competences) and keeps its area in <see cref="AreaId"/>.
/// </summary>
public sealed class ProficiencySnapshot
{
    public const string WholeCohort = "";

    /// <summary>The <see cref="Competence"/> of an area row.</summary>
    public const string AreaRow = "";

    public ProficiencySnapshot(int cohortId, DateOnly date, string location, string areaId, ProficiencyLevel level, int baseline, int current)
    {
        ArgumentNullException.ThrowIfNull(location);
        CohortId = cohortId;
        Date = date;
        Location = location;
        AreaId = areaId;
        Level = level;
        Baseline = baseline;
        Current = current;
        Competence = AreaRow;
    }

    /// <summary>A competence row: how many learners have shown <paramref name="level"/> in <paramref name="competence"/>.</summary>
    /// <remarks>A factory, not a constructor: EF Core would bind a constructor whose parameters match the columns.</remarks>
    public static ProficiencySnapshot ForCompetence(int cohortId, DateOnly date, string location, string competence, ProficiencyLevel level, int current)
    {
        var area = CompetenceAreas.ForCompetence(competence) ?? throw new ArgumentException($"Unknown competence '{competence}'.", nameof(competence));
        return new ProficiencySnapshot(cohortId, date, location, area.Id, level, 0, current) { Competence = competence };
    }

    public long Id { get; private set; }

    public int CohortId { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>Ulaanbaatar, Umnugobi, …; <see cref="WholeCohort"/> for the counts of every member.</summary>
    public string Location { get; private set; }

    public string AreaId { get; private set; }

    /// <summary>"4.2" for a competence row; <see cref="AreaRow"/> for an area row.</summary>
    public string Competence { get; private set; }

    public ProficiencyLevel Level { get; private set; }

    public int Baseline { get; private set; }

    public int Current { get; private set; }

    /// <summary>A second run on the same day updates that day's counts instead of adding rows.</summary>
    public void Update(int baseline, int current)
    {
        Baseline = baseline;
        Current = current;
    }
}
