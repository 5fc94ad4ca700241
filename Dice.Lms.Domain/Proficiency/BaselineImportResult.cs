using Dice.Lms.Domain.Imports;

namespace Dice.Lms.Domain.Proficiency;

/// <summary>The rows to import (none when there is any error) and one message per problem.</summary>
public sealed record BaselineImportResult(IReadOnlyList<BaselineRow> Rows, IReadOnlyList<ImportProblem> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
