using System.Net.Mail;

namespace Dice.Lms.Domain.Imports;

/// <summary>
/// What every import of people checks alike (learner lists, baseline files): the file parses, has the expected header
/// and at least one row; each row has every column, an e-mail address not on an earlier line, and a full name.
/// </summary>
public static class PersonCsv
{
    /// <summary>The rows under the expected header; none, with the problem, when the file cannot be read as such.</summary>
    public static (IReadOnlyList<CsvRecord> Rows, ImportProblem? Problem) Read(CsvText csv, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (csv.UnclosedQuoteLine is { } line)
        {
            return ([], new ImportProblem(line, ImportProblemKind.UnclosedQuote));
        }

        var records = csv.Records;

        if (records.Count == 0)
        {
            return ([], new ImportProblem(0, ImportProblemKind.EmptyFile));
        }

        var found = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!found.SequenceEqual(header))
        {
            return ([], new ImportProblem(records[0].Line, ImportProblemKind.WrongHeader, string.Join(',', header), string.Join(',', found)));
        }

        return records.Count == 1 ? ([], new ImportProblem(0, ImportProblemKind.NoRows)) : ([.. records.Skip(1)], null);
    }

    /// <summary>
    /// Adds the problems of a row's e-mail (first column) and full name (second); false when the row does not have all
    /// <paramref name="columns"/>, so nothing else in it is checked.
    /// </summary>
    /// <param name="emailLines">The line of each address seen so far in the file, case-insensitive.</param>
    public static bool CheckPerson(CsvRecord record, int columns, Dictionary<string, int> emailLines, List<ImportProblem> problems)
    {
        if (record.Fields.Count != columns)
        {
            problems.Add(new ImportProblem(record.Line, ImportProblemKind.WrongColumnCount, $"{columns}", $"{record.Fields.Count}"));
            return false;
        }

        var email = record[0];
        if (!IsEmail(email))
        {
            problems.Add(new ImportProblem(record.Line, ImportProblemKind.NotAnEmail, email));
        }
        else if (!emailLines.TryAdd(email, record.Line))
        {
            problems.Add(new ImportProblem(record.Line, ImportProblemKind.DuplicateEmail, email, $"{emailLines[email]}"));
        }

        if (record[1].Length == 0)
        {
            problems.Add(new ImportProblem(record.Line, ImportProblemKind.EmptyName));
        }
        else if (Accounts.PersonName.Check(record[1]) is var problem and not Accounts.PersonNameProblem.None)
        {
            problems.Add(new ImportProblem(record.Line, problem switch
            {
                Accounts.PersonNameProblem.TooLong => ImportProblemKind.NameTooLong,
                Accounts.PersonNameProblem.LineBreak => ImportProblemKind.NameWithLineBreak,
                _ => ImportProblemKind.NameWithLink,
            }, $"{Accounts.PersonName.MaxLength}"));
        }

        return true;
    }

    public static bool IsEmail(string value) =>
        value.Length is > 2 and <= 254 && !value.Any(char.IsWhiteSpace) && MailAddress.TryCreate(value, out var address) && address.Address == value;
}
