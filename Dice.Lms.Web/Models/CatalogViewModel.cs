namespace Dice.Lms.Web.Models;

public sealed record CatalogViewModel(IReadOnlyList<CatalogArea> Areas);

public sealed record CatalogArea(string Id, int Code, string Name, IReadOnlyList<CatalogCourseItem> Courses);

public sealed record CatalogCourseItem(string Id, string Title, string Description, int Modules, bool Enrolled);
