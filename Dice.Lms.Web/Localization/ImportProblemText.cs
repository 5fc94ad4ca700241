using Dice.Lms.Domain.Imports;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Localization;

/// <summary>An import problem in the reader's language: one resource per kind, the line in front as the editor puts it.</summary>
public static class ImportProblemText
{
    public static string Describe(this IStringLocalizer text, ImportProblem problem)
    {
        object[] values = problem.Kind == ImportProblemKind.NotALevel
            ? [.. problem.Values, text["Import.Problem.LevelHint"].Value]
            : problem.Values;
        var message = text[$"Import.Problem.{problem.Kind}", values].Value;
        return problem.Line > 0 ? text["Import.AtLine", problem.Line, message].Value : message;
    }
}
