using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Imports;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// Checks a baseline self-assessment file (shape fixed by the operations contract) before anything is saved: the
/// import is all or nothing, with one message per problem and its line.
/// </summary>
public static class BaselineCsv
{
    private static readonly string[] _personColumns = ["email", "full_name", "organization", "location"];

    /// <summary>The header the contract fixes: the person columns, then one column per area in report order.</summary>
    public static IReadOnlyList<string> Header { get; } = [.. _personColumns, .. CompetenceAreas.All.Select(a => a.Id)];

    public static BaselineImportResult Read(CsvText csv)
    {
        var (records, problem) = PersonCsv.Read(csv, Header);
        if (problem is not null)
        {
            return new BaselineImportResult([], [problem]);
        }

        var rows = new List<BaselineRow>();
        var errors = new List<ImportProblem>();
        var emailLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            if (!PersonCsv.CheckPerson(record, Header.Count, emailLines, errors))
            {
                continue;
            }

            var levels = new Dictionary<string, ProficiencyLevel>(StringComparer.Ordinal);
            for (var i = 0; i < CompetenceAreas.All.Count; i++)
            {
                var area = CompetenceAreas.All[i].Id;
                var value = record[_personColumns.Length + i];
                if (ProficiencyLevels.TryParse(value, out var level))
                {
                    levels[area] = level;
                }
                else
                {
                    errors.Add(new ImportProblem(record.Line, ImportProblemKind.NotALevel, area, value));
                }
            }

            rows.Add(new BaselineRow(record.Line, record[0], record[1], record[2], record[3], levels));
        }

        return new BaselineImportResult(errors.Count == 0 ? rows : [], errors);
    }
}
