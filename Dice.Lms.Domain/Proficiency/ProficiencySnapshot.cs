using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// How many learners of a cohort stood at a level of an area on a day: at the baseline and now. A snapshot counts the
/// whole cohort (<see cref="Location"/> empty) or only its learners whose organisation is in one location.
/// </summary>
public sealed class ProficiencySnapshot
{
    public const string WholeCohort = "";

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
    }

    public long Id { get; private set; }

    public int CohortId { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>Ulaanbaatar, Umnugobi, …; <see cref="WholeCohort"/> for the counts of every member.</summary>
    public string Location { get; private set; }

    public string AreaId { get; private set; }

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
