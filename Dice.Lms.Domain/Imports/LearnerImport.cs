using System.Net.Mail;

namespace Dice.Lms.Domain.Imports;

/// <summary>
/// Checks a learner list (`email,full_name,organization`) before anything is saved: the import is all or nothing,
/// with one message per bad line.
/// </summary>
public static class LearnerImport
{
    public static readonly IReadOnlyList<string> Header = ["email", "full_name", "organization"];

    public static LearnerImportResult Read(string text)
    {
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = Csv.Parse(text);
        }
        catch (CsvFormatException e)
        {
            return new LearnerImportResult([], [new ImportProblem(e.Line, ImportProblemKind.UnclosedQuote)]);
        }

        if (records.Count == 0)
        {
            return new LearnerImportResult([], [new ImportProblem(0, ImportProblemKind.EmptyFile)]);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Header))
        {
            return new LearnerImportResult([], [new ImportProblem(records[0].Line, ImportProblemKind.WrongHeader, string.Join(',', Header), string.Join(',', header))]);
        }

        if (records.Count == 1)
        {
            return new LearnerImportResult([], [new ImportProblem(0, ImportProblemKind.NoRows)]);
        }

        var rows = new List<LearnerRow>();
        var errors = new List<ImportProblem>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            var email = record[0];
            var name = record[1];
            var organization = record[2];
            if (record.Fields.Count != Header.Count)
            {
                errors.Add(new ImportProblem(record.Line, ImportProblemKind.WrongColumnCount, $"{Header.Count}", $"{record.Fields.Count}"));
                continue;
            }

            if (!IsEmail(email))
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

            if (name.Length == 0)
            {
                errors.Add(new ImportProblem(record.Line, ImportProblemKind.EmptyName));
            }

            rows.Add(new LearnerRow(record.Line, email, name, organization));
        }

        return new LearnerImportResult(errors.Count == 0 ? rows : [], errors);
    }

    public static bool IsEmail(string value) =>
        value.Length is > 2 and <= 254 && !value.Any(char.IsWhiteSpace) && MailAddress.TryCreate(value, out var address) && address.Address == value;
}
