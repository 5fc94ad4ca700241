namespace Dice.Lms.Domain.Imports;

/// <summary>One CSV record and the file line it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public string this[int index] => index < Fields.Count ? Fields[index].Trim() : "";
}
