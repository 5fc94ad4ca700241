namespace Dice.Lms.Web.Models;

public sealed record HomeViewModel(IReadOnlyList<AreaSummary> Areas);
