namespace Dice.Lms.Domain.Imports;

/// <summary>The rows to import (none when there is any error) and one message per problem.</summary>
public sealed record LearnerImportResult(IReadOnlyList<LearnerRow> Rows, IReadOnlyList<ImportProblem> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
