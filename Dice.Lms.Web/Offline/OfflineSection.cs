namespace Dice.Lms.Web.Offline;

public sealed record OfflineSection(string Id, string Title, string Level, int Minutes, IReadOnlyList<string> Objectives, string Html, string Language);
