using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Content;

public static class Catalog
{
    /// <summary>The imported catalogue: published courses and the current version of each module that is not archived.</summary>
    public static async Task<IReadOnlyList<CatalogCourse>> ReadAsync(LmsDbContext db, CancellationToken cancellationToken = default)
    {
        var courses = await db.Courses.Where(c => c.IsPublished).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var modules = await db.Modules.Where(m => m.ArchivedAt == null).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var versionIds = modules.Select(m => m.CurrentVersionId).ToList();
        var versions = await db.ModuleVersions.Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return [.. courses
            .OrderBy(c => CompetenceAreas.Find(c.AreaId)?.Code).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new CatalogCourse(c.Id, c.AreaId, new LocalizedText(c.TitleMn, c.TitleEn), [.. modules
                .Where(m => m.CourseId == c.Id && m.CurrentVersionId is not null && versions.ContainsKey(m.CurrentVersionId.Value))
                .Select(m => versions[m.CurrentVersionId!.Value])
                .Select(v => new CatalogModule(
                    v.ModuleId,
                    v.Level.Id(),
                    v.CompetenceCodes,
                    [.. v.Texts.Select(t => t.Language).Order(StringComparer.Ordinal)],
                    v.Text("mn")?.QuestionCount ?? 0,
                    v.Texts.ToDictionary(t => t.Language, t => t.WordCount)))]))];
    }
}
