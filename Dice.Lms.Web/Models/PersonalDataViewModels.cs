namespace Dice.Lms.Web.Models;

/// <summary>The "my data" page: whether an erasure request is waiting, and since when.</summary>
public sealed record MyDataViewModel(DateTime? ErasureRequestedAt);

/// <summary>An erasure request as staff see it: who, while it is open; nobody, once carried out.</summary>
public sealed record ErasureRequestRow(int Id, DateTime RequestedAt, DateTime? CompletedAt, string? FullName, string? Email);
