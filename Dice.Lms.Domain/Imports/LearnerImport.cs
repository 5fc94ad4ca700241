namespace Dice.Lms.Domain.Imports;

/// <summary>
/// Checks a learner list (`email,full_name,organization`) before anything is saved: the import is all or nothing,
/// with one message per bad line.
/// </summary>
public static class LearnerImport
{
    public static readonly IReadOnlyList<string> Header = ["email", "full_name", "organization"];

    public static LearnerImportResult Read(CsvText csv)
    {
        var (records, problem) = PersonCsv.Read(csv, Header);
        if (problem is not null)
        {
            return new LearnerImportResult([], [problem]);
        }

        var rows = new List<LearnerRow>();
        var errors = new List<ImportProblem>();
        var emailLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            if (PersonCsv.CheckPerson(record, Header.Count, emailLines, errors))
            {
                rows.Add(new LearnerRow(record.Line, record[0], record[1], record[2]));
            }
        }

        return new LearnerImportResult(errors.Count == 0 ? rows : [], errors);
    }
}
