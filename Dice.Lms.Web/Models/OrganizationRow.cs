namespace Dice.Lms.Web.Models;

public sealed record OrganizationRow(int Id, string Name, string Location, string Sectors, string TargetGroups, int Members);
