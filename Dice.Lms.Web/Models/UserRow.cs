namespace Dice.Lms.Web.Models;

public sealed record UserRow(string Id, string Email, string FullName, string? Organization, string Role, bool IsSuspended, bool EmailConfirmed);
