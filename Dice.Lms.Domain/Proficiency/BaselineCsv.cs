using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Imports;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>
/// Checks a baseline self-assessment file (shape fixed by the operations contract) before anything is saved: the
/// import is all or nothing, with one message per problem and its line.
/// </summary>
public static class BaselineCsv
{
    private const string LevelHint = "none, beginner, intermediate, advanced, expert, a Mongolian level name or 0/25/50/75/100";

    private static readonly string[] _personColumns = ["email", "full_name", "organization", "location"];

    /// <summary>The header the contract fixes: the person columns, then one column per area in report order.</summary>
    public static IReadOnlyList<string> Header { get; } = [.. _personColumns, .. CompetenceAreas.All.Select(a => a.Id)];

    public static BaselineImportResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = Csv.Parse(text);
        }
        catch (CsvFormatException e)
        {
            return Failed(e.Message);
        }

        if (records.Count == 0)
        {
            return Failed("the file is empty");
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Header))
        {
            return Failed($"line {records[0].Line}: the header must be '{string.Join(',', Header)}', not '{string.Join(',', header)}'");
        }

        if (records.Count == 1)
        {
            return Failed("the file has a header but no learners");
        }

        var rows = new List<BaselineRow>();
        var errors = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != Header.Count)
            {
                errors.Add($"line {record.Line}: expected {Header.Count} columns, found {record.Fields.Count}");
                continue;
            }

            var email = record[0];
            if (!LearnerImport.IsEmail(email))
            {
                errors.Add($"line {record.Line}: '{email}' is not an e-mail address");
            }
            else if (seen.TryGetValue(email, out var firstLine))
            {
                errors.Add($"line {record.Line}: {email} is already on line {firstLine}");
            }
            else
            {
                seen[email] = record.Line;
            }

            var fullName = record[1];
            if (fullName.Length == 0)
            {
                errors.Add($"line {record.Line}: full_name is empty");
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
                    errors.Add($"line {record.Line}: {area}: '{value}' is not a level ({LevelHint})");
                }
            }

            rows.Add(new BaselineRow(record.Line, email, fullName, record[2], record[3], levels));
        }

        return new BaselineImportResult(errors.Count == 0 ? rows : [], errors);
    }

    private static BaselineImportResult Failed(string error) => new([], [error]);
}
