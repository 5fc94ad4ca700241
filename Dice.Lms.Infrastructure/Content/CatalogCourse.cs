using Dice.Lms.Domain;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>One course of the <c>content list --format json</c> catalogue.</summary>
public sealed record CatalogCourse(string Id, string Area, LocalizedText Title, IReadOnlyList<CatalogModule> Modules);
