namespace Dice.Lms.Domain.Imports;

public sealed class CsvFormatException(int line, string message) : FormatException($"line {line}: {message}")
{
    public int Line { get; } = line;
}
