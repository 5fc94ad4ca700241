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
            return Failed(new ImportProblem(e.Line, ImportProblemKind.UnclosedQuote));
        }

        if (records.Count == 0)
        {
            return Failed(new ImportProblem(0, ImportProblemKind.EmptyFile));
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Header))
        {
            return Failed(new ImportProblem(records[0].Line, ImportProblemKind.WrongHeader, string.Join(',', Header), string.Join(',', header)));
        }

        if (records.Count == 1)
        {
            return Failed(new ImportProblem(0, ImportProblemKind.NoRows));
        }

        var rows = new List<BaselineRow>();
        var errors = new List<ImportProblem>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != Header.Count)
            {
                errors.Add(new ImportProblem(record.Line, ImportProblemKind.WrongColumnCount, $"{Header.Count}", $"{record.Fields.Count}"));
                continue;
            }

            var email = record[0];
            if (!LearnerImport.IsEmail(email))
            {
                errors.Add(new ImportProblem(record.Line, ImportProblemKind.NotAnEmail, email));
            }
            else if (seen.TryGetValue(email, out var firstLine))
            {
                errors.Add(new ImportProblem(record.Line, ImportProblemKind.DuplicateEmail, email, $"{firstLine}"));
            }
            else
            {
                seen[email] = record.Line;
            }

            var fullName = record[1];
            if (fullName.Length == 0)
            {
                errors.Add(new ImportProblem(record.Line, ImportProblemKind.EmptyName));
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

            rows.Add(new BaselineRow(record.Line, email, fullName, record[2], record[3], levels));
        }

        return new BaselineImportResult(errors.Count == 0 ? rows : [], errors);
    }

    private static BaselineImportResult Failed(ImportProblem problem) => new([], [problem]);
}
