namespace Dice.Lms.Domain.Imports;

/// <summary>
/// A CSV file as the infrastructure's reader found it: its records with the line each starts on, and the line of a
/// quoted field that is never closed (nothing after it can be trusted, so the rules refuse the file).
/// </summary>
public sealed record CsvText(IReadOnlyList<CsvRecord> Records, int? UnclosedQuoteLine = null);
