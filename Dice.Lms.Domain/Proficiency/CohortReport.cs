using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// The cohort proficiency report: per area and level, how many learners were there at the baseline and are there now.
/// Its CSV shape is fixed by the operations contract (`proficiency report --format csv`).
/// </summary>
public static class CohortReport
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["cohort", "area", "level", "baseline", "current"];

    // Read by people and scripts, never put into HTML, so Cyrillic stays readable.
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Exactly 30 rows: every area (report order) × every level (lowest first), zero counts included, so that
    /// cohorts line up row for row in a spreadsheet.
    /// </summary>
    public static IReadOnlyList<ReportRow> Build(string cohort, IEnumerable<LearnerLevels> learners)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cohort);
        ArgumentNullException.ThrowIfNull(learners);
        var list = learners.ToList();

        var rows = new List<ReportRow>(CompetenceAreas.All.Count * ProficiencyLevels.All.Count);
        foreach (var area in CompetenceAreas.All)
        {
            foreach (var level in ProficiencyLevels.All)
            {
                // A learner without a level for the area (say, joined after the baseline) is left out of that count
                // rather than counted as None, which would overstate the need.
                var baseline = list.Count(l => l.Baseline.TryGetValue(area.Id, out var b) && b == level);
                var current = list.Count(l => l.Current.TryGetValue(area.Id, out var c) && c == level);
                rows.Add(new ReportRow(cohort, area.Id, level, baseline, current));
            }
        }

        return rows;
    }

    /// <summary>The 30 rows of one day's area snapshots (competence rows are left out), zeros included for a level nobody is at, in report order.</summary>
    public static IReadOnlyList<ReportRow> FromSnapshots(string cohort, IEnumerable<ProficiencySnapshot> day)
    {
        var snapshots = day.Where(s => s.Competence.Length == 0).ToList();
        return [.. Build(cohort, []).Select(empty =>
            snapshots.FirstOrDefault(s => s.AreaId == empty.Area && s.Level == empty.Level) is { } s ? empty with { Baseline = s.Baseline, Current = s.Current } : empty)];
    }

    /// <summary>
    /// Several reports added up row by row under one name (all cohorts, say). A learner in two cohorts counts in both,
    /// as they do in each cohort's own report.
    /// </summary>
    public static IReadOnlyList<ReportRow> Combine(string name, IEnumerable<IReadOnlyList<ReportRow>> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var all = reports.SelectMany(r => r).ToList();
        return [.. Build(name, []).Select(empty =>
        {
            var same = all.Where(r => r.Area == empty.Area && r.Level == empty.Level).ToList();
            return empty with { Baseline = same.Sum(r => r.Baseline), Current = same.Sum(r => r.Current) };
        })];
    }

    /// <summary>A row's fields in the contract's CSV columns (<see cref="CsvHeader"/>), the level as its id.</summary>
    public static IReadOnlyList<string> CsvFields(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [row.Cohort, row.Area, row.Level.Id(), row.Baseline.ToString(CultureInfo.InvariantCulture), row.Current.ToString(CultureInfo.InvariantCulture)];
    }

    /// <summary>The same rows as JSON, one object per row with the CSV's column names, for the command line and the staff export alike.</summary>
    public static string ToJson(IEnumerable<ReportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return JsonSerializer.Serialize(rows.Select(r => new { cohort = r.Cohort, area = r.Area, level = r.Level.Id(), baseline = r.Baseline, current = r.Current }), JsonOptions);
    }

    /// <summary>
    /// Per cohort and area, the share of learners at or below intermediate: the measure of need the DICE baseline
    /// report uses (Table 3). It should fall from the baseline column to the current one as training works.
    /// </summary>
    public static IReadOnlyList<AreaNeed> ShareAtOrBelowIntermediate(IEnumerable<ReportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows
            .GroupBy(r => (r.Cohort, r.Area))
            .Select(g => new AreaNeed(
                g.Key.Cohort,
                g.Key.Area,
                Share(g.Where(IsAtOrBelowIntermediate).Sum(r => r.Baseline), g.Sum(r => r.Baseline)),
                Share(g.Where(IsAtOrBelowIntermediate).Sum(r => r.Current), g.Sum(r => r.Current))))
            .ToList();
    }

    private static bool IsAtOrBelowIntermediate(ReportRow row) => row.Level <= ProficiencyLevel.Intermediate;

    private static decimal? Share(int part, int total) =>
        total == 0 ? null : Math.Round(100m * part / total, 1, MidpointRounding.AwayFromZero);
}
