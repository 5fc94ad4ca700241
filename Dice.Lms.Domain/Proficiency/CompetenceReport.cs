using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// The cohort report per competence: per competence and level, how many learners have shown that level
/// (<see cref="ProficiencyRules.DemonstratedPerCompetence"/>). Its CSV shape is fixed by the operations contract
/// (`proficiency report --by competence`).
/// </summary>
public static class CompetenceReport
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["cohort", "competence", "level", "current"];

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exactly 115 rows: the 23 competences (area order) × the five levels, zero counts included.</summary>
    public static IReadOnlyList<CompetenceReportRow> Build(string cohort, IEnumerable<IReadOnlyDictionary<string, ProficiencyLevel>> learners)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cohort);
        ArgumentNullException.ThrowIfNull(learners);
        var counts = new Dictionary<(string, ProficiencyLevel), int>();
        foreach (var learner in learners)
        {
            foreach (var (code, level) in learner)
            {
                counts[(code, level)] = counts.GetValueOrDefault((code, level)) + 1;
            }
        }

        return [.. CompetenceAreas.AllCompetences.SelectMany(code => ProficiencyLevels.All.Select(level =>
            new CompetenceReportRow(cohort, code, level, counts.GetValueOrDefault((code, level)))))];
    }

    /// <summary>The 115 rows of one day's competence snapshots, zeros for a level nobody is at.</summary>
    public static IReadOnlyList<CompetenceReportRow> FromSnapshots(string cohort, IEnumerable<ProficiencySnapshot> day)
    {
        var byKey = day.Where(s => s.Competence.Length > 0).ToDictionary(s => (s.Competence, s.Level), s => s.Current);
        return [.. Build(cohort, []).Select(empty => empty with { Current = byKey.GetValueOrDefault((empty.Competence, empty.Level)) })];
    }

    /// <summary>Several reports added up row by row under one name (a learner in two cohorts counts in both).</summary>
    public static IReadOnlyList<CompetenceReportRow> Combine(string name, IEnumerable<IReadOnlyList<CompetenceReportRow>> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var sums = reports.SelectMany(r => r).GroupBy(r => (r.Competence, r.Level)).ToDictionary(g => g.Key, g => g.Sum(r => r.Current));
        return [.. Build(name, []).Select(empty => empty with { Current = sums.GetValueOrDefault((empty.Competence, empty.Level)) })];
    }

    /// <summary>A row's fields in the contract's CSV columns (<see cref="CsvHeader"/>), the level as its id.</summary>
    public static IReadOnlyList<string> CsvFields(CompetenceReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [row.Cohort, row.Competence, row.Level.Id(), row.Current.ToString(CultureInfo.InvariantCulture)];
    }

    /// <summary>The same rows as JSON, one object per row with the CSV's column names.</summary>
    public static string ToJson(IEnumerable<CompetenceReportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return JsonSerializer.Serialize(rows.Select(r => new { cohort = r.Cohort, competence = r.Competence, level = r.Level.Id(), current = r.Current }), JsonOptions);
    }
}
