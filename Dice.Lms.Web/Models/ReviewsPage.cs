namespace Dice.Lms.Web.Models;

/// <summary>The published module texts due for a fact check, the oldest (or never reviewed) first.</summary>
public sealed record ReviewsPage(IReadOnlyList<ReviewRow> Rows, int Months);

/// <param name="Reviewed">Null when the published text has no review date.</param>
public sealed record ReviewRow(string CourseId, string CourseTitle, string ModuleId, string ModuleTitle, string Language, DateOnly? Reviewed);
