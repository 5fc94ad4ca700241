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
            return new LearnerImportResult([], [e.Message]);
        }

        if (records.Count == 0)
        {
            return new LearnerImportResult([], ["the file is empty"]);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Header))
        {
            return new LearnerImportResult([], [$"line 1: the header must be '{string.Join(',', Header)}', not '{string.Join(',', header)}'"]);
        }

        if (records.Count == 1)
        {
            return new LearnerImportResult([], ["the file has a header but no learners"]);
        }

        var rows = new List<LearnerRow>();
        var errors = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1))
        {
            var email = record[0];
            var name = record[1];
            var organization = record[2];
            if (record.Fields.Count != Header.Count)
            {
                errors.Add($"line {record.Line}: expected {Header.Count} columns, found {record.Fields.Count}");
                continue;
            }

            if (!IsEmail(email))
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

            if (name.Length == 0)
            {
                errors.Add($"line {record.Line}: full_name is empty");
            }

            rows.Add(new LearnerRow(record.Line, email, name, organization));
        }

        return new LearnerImportResult(errors.Count == 0 ? rows : [], errors);
    }

    public static bool IsEmail(string value) =>
        value.Length is > 2 and <= 254 && !value.Any(char.IsWhiteSpace) && MailAddress.TryCreate(value, out var address) && address.Address == value;
}
