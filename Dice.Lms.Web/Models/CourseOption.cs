namespace Dice.Lms.Web.Models;

public sealed record CourseOption(string Id, string Title, string AreaName);
