namespace Dice.Lms.Web.Models;

public sealed record AreaSummary(string Id, int Code, string Name, int CourseCount);
