namespace Dice.Lms.Web.Models;

public sealed record CohortRow(int Id, string Name, string? Organization, DateOnly? StartDate, DateOnly? EndDate, int Members, int Courses);
