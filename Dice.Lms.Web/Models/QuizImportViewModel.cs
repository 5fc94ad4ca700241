namespace Dice.Lms.Web.Models;

public sealed record QuizImportViewModel(string Format, string? Source, string? QuizBlock, int Questions, IReadOnlyList<string> Errors);
