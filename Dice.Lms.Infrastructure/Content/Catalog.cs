using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Content;

public static class Catalog
{
    /// <summary>The imported catalogue: published courses and the current version of each module that is not archived.</summary>
    public static async Task<IReadOnlyList<CatalogCourse>> ReadAsync(LmsDbContext db, ModuleVersionCache versions, CancellationToken cancellationToken = default)
    {
        var courses = await db.Courses.Where(c => c.IsPublished).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var modules = await db.Modules.AsNoTracking().Where(m => m.ArchivedAt == null).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var current = await versions.CurrentAsync(db, modules, cancellationToken);
        return [.. courses
            .OrderBy(c => CompetenceAreas.Find(c.AreaId)?.Code).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new CatalogCourse(c.Id, c.AreaId, new LocalizedText(c.TitleMn, c.TitleEn), [.. current
                .Where(m => m.Module.CourseId == c.Id)
                .Select(m => new CatalogModule(
                    m.Version.ModuleId,
                    m.Version.Level.Id(),
                    m.Version.CompetenceCodes,
                    [.. m.Version.Texts.Select(t => t.Language).Order(StringComparer.Ordinal)],
                    m.Version.Text(Languages.Mongolian)?.QuestionCount ?? 0,
                    m.Version.Texts.ToDictionary(t => t.Language, t => t.WordCount)))]))];
    }
}
