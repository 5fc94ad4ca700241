using System.IO.Compression;
using System.Text;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Authoring;

/// <summary>
/// A course as a zip of its folder in the content/ format: course.yml, each published module in each language, and
/// the images they show. Unzipped into content/, <c>content import</c> reproduces the course.
/// </summary>
public sealed class CourseExport(LmsDbContext db)
{
    public async Task<byte[]> ZipAsync(Course course, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(course);
        var modules = await db.Modules.Where(m => m.CourseId == course.Id && m.ArchivedAt == null && m.CurrentVersionId != null)
            .OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var versionIds = modules.Select(m => m.CurrentVersionId!.Value).ToList();
        var versions = await db.ModuleVersions.Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var utf8 = new UTF8Encoding(false);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, byte[] bytes)
            {
                using var stream = archive.CreateEntry($"{course.Id}/{path}", CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }

            Add(ContentReader.CourseFileName, utf8.GetBytes(ContentFiles.CourseFile(course)));
            var images = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var module in modules)
            {
                var version = versions[module.CurrentVersionId!.Value];
                foreach (var text in version.Texts.OrderBy(t => t.Language, StringComparer.Ordinal))
                {
                    Add($"{module.FileStem}.{text.Language}.md", utf8.GetBytes(ContentFiles.ModuleFile(module.Id, version, text)));
                }

                foreach (var (path, hash) in version.AssetHashes)
                {
                    images.TryAdd(path, hash);
                }
            }

            var hashes = images.Values.Distinct().ToList();
            var assets = await db.ModuleAssets.Where(a => hashes.Contains(a.Hash)).ToDictionaryAsync(a => a.Hash, a => a.Bytes, cancellationToken);
            foreach (var (path, hash) in images)
            {
                Add(path, assets[hash]);
            }
        }

        return zip.ToArray();
    }
}
