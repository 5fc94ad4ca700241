namespace Dice.Lms.Web.Models;

public sealed record UserListViewModel(IReadOnlyList<UserRow> Users, string? Query, int Page, int PageCount, int Total);
