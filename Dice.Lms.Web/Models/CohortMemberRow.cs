namespace Dice.Lms.Web.Models;

public sealed record CohortMemberRow(string UserId, string FullName, string Email, string? Organization, DateTime JoinedAt);
