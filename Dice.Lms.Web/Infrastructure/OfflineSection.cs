namespace Dice.Lms.Web.Infrastructure;

public sealed record OfflineSection(string Id, string Title, string Level, int Minutes, IReadOnlyList<string> Objectives, string Html, string Language);
