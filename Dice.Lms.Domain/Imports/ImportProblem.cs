namespace Dice.Lms.Domain.Imports;

/// <summary>What is wrong with a line of an imported CSV file.</summary>
public enum ImportProblemKind
{
    EmptyFile,
    UnclosedQuote,
    WrongHeader,
    NoRows,
    WrongColumnCount,
    NotAnEmail,
    DuplicateEmail,
    EmptyName,

    /// <summary>full_name is longer than the value (PersonName.MaxLength).</summary>
    NameTooLong,

    /// <summary>full_name holds a line break; names appear in e-mails.</summary>
    NameWithLineBreak,

    /// <summary>full_name holds a link or an address; names appear in e-mails.</summary>
    NameWithLink,
    NotALevel,

    /// <summary>The account could not be created or updated; the value is the reason given.</summary>
    AccountRefused,

    /// <summary>No cohort has the name given to the import.</summary>
    UnknownCohort,

    /// <summary>The address belongs to a staff or admin account, which staff never change; the value is the address.</summary>
    StaffAccount,
}

/// <summary>
/// One problem of an imported file at a 1-based line (0 for the whole file). Pages show it in the reader's language by
/// its kind and values; <see cref="ToString"/> is the English text the command line prints.
/// </summary>
public sealed record ImportProblem(int Line, ImportProblemKind Kind, params string[] Values)
{
    /// <summary>The level names and numbers a level column accepts, for the English text.</summary>
    public const string LevelHint = "none, beginner, intermediate, advanced, expert, a Mongolian level name or 0/25/50/75/100";

    public override string ToString()
    {
        var text = Kind switch
        {
            ImportProblemKind.EmptyFile => "the file is empty",
            ImportProblemKind.UnclosedQuote => "a quoted field is not closed",
            ImportProblemKind.WrongHeader => $"the header must be '{Values[0]}', not '{Values[1]}'",
            ImportProblemKind.NoRows => "the file has a header but no learners",
            ImportProblemKind.WrongColumnCount => $"expected {Values[0]} columns, found {Values[1]}",
            ImportProblemKind.NotAnEmail => $"'{Values[0]}' is not an e-mail address",
            ImportProblemKind.DuplicateEmail => $"{Values[0]} is already on line {Values[1]}",
            ImportProblemKind.EmptyName => "full_name is empty",
            ImportProblemKind.NameTooLong => $"full_name is longer than {Values[0]} characters",
            ImportProblemKind.NameWithLineBreak => "full_name holds a line break",
            ImportProblemKind.NameWithLink => "full_name holds a link or an address",
            ImportProblemKind.NotALevel => $"{Values[0]}: '{Values[1]}' is not a level ({LevelHint})",
            ImportProblemKind.AccountRefused => Values[0],
            ImportProblemKind.UnknownCohort => $"no cohort named '{Values[0]}'; create it first with `cohorts create --name \"{Values[0]}\"`",
            ImportProblemKind.StaffAccount => $"{Values[0]} is a staff or administrator account; only an administrator changes it",
            _ => Kind.ToString(),
        };
        return Line > 0 ? $"line {Line}: {text}" : text;
    }
}
