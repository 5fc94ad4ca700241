using System.Security.Cryptography;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Brings the database up to date with a content folder. Unchanged modules change nothing; a changed module gets a new
/// version; a removed module is archived. A course with errors is refused whole and keeps its last good version.
/// </summary>
public sealed class ContentImport(LmsDbContext db, TimeProvider clock, ILogger<ContentImport> logger)
{
    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".gif"] = "image/gif",
    };

    public async Task<ContentImportReport> ImportAsync(string contentRoot, CancellationToken cancellationToken = default)
    {
        var content = ContentReader.Read(contentRoot, clock);
        try
        {
            return await ImportAsync(content, contentRoot, cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Another node imported the same content a moment earlier; read what it wrote and try once more.
            logger.LogInformation(e, "Content import met a concurrent import; retrying");
            db.ChangeTracker.Clear();
            return await ImportAsync(content, contentRoot, cancellationToken);
        }
    }

    private async Task<ContentImportReport> ImportAsync(ContentSet content, string contentRoot, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var refused = new List<string>();
        var conflicts = new List<string>();
        var versionsAdded = 0;
        var archived = 0;
        var imported = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var source in content.Courses)
        {
            if (content.CourseHasErrors(source))
            {
                refused.Add(source.Id.Length > 0 ? source.Id : source.FolderPath);
                continue;
            }

            var course = await db.Courses.FindAsync([source.Id], cancellationToken);
            if (course?.Source == CourseSource.Browser)
            {
                conflicts.Add(source.Id);
                continue;
            }

            if (course is null)
            {
                course = new Course(source.Id, source.Area, source.Title.Mn, source.Title.En, source.Description.Mn, source.Description.En);
                db.Courses.Add(course);
            }
            else
            {
                course.Describe(source.Area, source.Title.Mn, source.Title.En, source.Description.Mn, source.Description.En);
            }

            course.SetRules(source.Completion == CourseCompletion.Modules ? CompletionRule.Modules : CompletionRule.ModulesAndQuizzes, source.MinLevel, source.PassMark);
            course.Publish();
            imported++;

            var ids = source.Modules.Select(m => m.Id).ToList();
            var modules = await db.Modules.Include(m => m.Versions)
                .Where(m => m.CourseId == source.Id || ids.Contains(m.Id))
                .ToListAsync(cancellationToken);
            var changed = new List<(CourseModule Module, ModuleVersion Version)>();
            foreach (var sourceModule in source.Modules)
            {
                var stem = Path.GetFileName(sourceModule.Primary.Path).Split('.')[0];
                var module = modules.FirstOrDefault(m => m.Id == sourceModule.Id);
                if (module is null)
                {
                    module = new CourseModule(sourceModule.Id, source.Id, sourceModule.Position, stem);
                    db.Modules.Add(module);
                    modules.Add(module);
                }

                module.Place(source.Id, sourceModule.Position, stem);
                var assets = await StoreAssetsAsync(Path.Combine(contentRoot, source.FolderPath), sourceModule.Images, cancellationToken);
                var version = module.AddVersion(NewVersion(sourceModule, assets, now));
                if (version.Id == 0)
                {
                    versionsAdded++;
                    changed.Add((module, version));
                }
                else
                {
                    KeepReview(version, sourceModule);
                }
            }

            foreach (var gone in modules.Where(m => m.CourseId == source.Id && !ids.Contains(m.Id) && !m.IsArchived))
            {
                gone.Archive(now);
                archived++;
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (module, version) in changed)
            {
                module.MakeCurrent(version);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        // A shipped course whose folder is gone stops being offered; its learners' history stays.
        var present = content.Courses.Select(c => c.Id).ToList();
        foreach (var missing in await db.Courses.Where(c => c.Source == CourseSource.Content && c.IsPublished && !present.Contains(c.Id)).ToListAsync(cancellationToken))
        {
            missing.Unpublish();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ContentImportReport(imported, versionsAdded, archived, refused, conflicts, content.Problems);
    }

    /// <summary>
    /// Publishes a module written in the browser: a new version made exactly as an import makes one, so learners'
    /// progress and attempts stay on the version they were made on. Its images must already be stored.
    /// </summary>
    /// <param name="imageHashes">The stored image hash of each path the module shows.</param>
    public async Task<ModuleVersion> PublishAsync(CourseModule module, ContentModule source, IReadOnlyDictionary<string, string> imageHashes, string userId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(source);
        var assets = string.Join('\n', source.Images.Select(path => $"{path}={imageHashes[path]}"));
        // The new version's number follows the newest one, so every earlier version must be known.
        await db.Entry(module).Collection(m => m.Versions).LoadAsync(cancellationToken);
        var version = module.AddVersion(NewVersion(source, assets, clock.GetUtcNow().UtcDateTime, userId));
        if (version.Id == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        module.MakeCurrent(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    private static ModuleVersion NewVersion(ContentModule source, string assets, DateTime now, string? createdBy = null)
    {
        var primary = source.Primary;
        var version = new ModuleVersion(source.ContentHash, primary.Level!.Value, string.Join(',', primary.Competences), primary.Minutes, assets, now, createdBy);
        foreach (var text in source.Versions)
        {
            var stored = new ModuleVersionText(
                text.Language,
                text.Title,
                string.Join('\n', text.Objectives),
                text.Body,
                text.BodyStartLine,
                text.WordCount,
                text.Quiz is null ? "" : string.Join('\n', text.Quiz.Lines),
                text.Quiz?.FirstLineNumber ?? 0,
                text.QuestionCount);
            stored.RecordReview(text.Reviewed, text.Sources);
            version.AddText(stored);
        }

        return version;
    }

    /// <summary>
    /// An unchanged version imported before reviews were kept gets the review its files state: the files, and so
    /// the content hash, are the same, so no new version is made for it.
    /// </summary>
    private static void KeepReview(ModuleVersion version, ContentModule source)
    {
        foreach (var text in version.Texts.Where(t => t.Reviewed is null))
        {
            if (source.Version(text.Language) is { Reviewed: not null } file)
            {
                text.RecordReview(file.Reviewed, file.Sources);
            }
        }
    }

    /// <summary>Stores each image once by hash and returns the "path=hash" lines a version keeps.</summary>
    private async Task<string> StoreAssetsAsync(string courseFolder, IReadOnlyList<string> images, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var relative in images)
        {
            if (!ImageTypes.TryGetValue(Path.GetExtension(relative), out var contentType))
            {
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(Path.Combine(courseFolder, relative), cancellationToken);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (db.ModuleAssets.Local.All(a => a.Hash != hash) && !await db.ModuleAssets.AnyAsync(a => a.Hash == hash, cancellationToken))
            {
                db.ModuleAssets.Add(new ModuleAsset(hash, contentType, bytes));
            }

            lines.Add($"{relative}={hash}");
        }

        return string.Join('\n', lines);
    }
}
