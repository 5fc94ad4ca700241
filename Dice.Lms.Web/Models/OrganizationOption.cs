namespace Dice.Lms.Web.Models;

public sealed record OrganizationOption(int Id, string Name);
