using System.Security.Cryptography;
using System.Text;
using Dice.Lms.Domain;
using Dice.Lms.Domain.Authoring;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Infrastructure.Authoring;

/// <summary>
/// Modules written in the browser: their drafts per language, the images they may show, the validator's check, and
/// publishing as a new version the way <see cref="ContentImport"/> adds one.
/// </summary>
public sealed class ModuleDrafts(LmsDbContext db, ContentImport contentImport, TimeProvider clock)
{
    /// <summary>The text of each language: its draft, or else the published version written out as a module file.</summary>
    public async Task<Dictionary<string, string>> TextsAsync(CourseModule module, CancellationToken cancellationToken = default)
    {
        var drafts = await db.ModuleDrafts.AsNoTracking().Where(d => d.ModuleId == module.Id).ToDictionaryAsync(d => d.Language, d => d.Text, cancellationToken);
        var current = await CurrentVersionAsync(module, cancellationToken);
        return Languages.All.ToDictionary(l => l, l => drafts.TryGetValue(l, out var draft) ? draft : PublishedText(module, current, l) ?? "", StringComparer.Ordinal);
    }

    public async Task<ModuleVersion?> CurrentVersionAsync(CourseModule module, CancellationToken cancellationToken = default) =>
        module.CurrentVersionId is { } id ? await db.ModuleVersions.AsNoTracking().SingleAsync(v => v.Id == id, cancellationToken) : null;

    /// <summary>A version's text in one language as its module file; null when the version has no text in that language.</summary>
    public static string? PublishedText(CourseModule module, ModuleVersion? version, string language) =>
        version?.Texts.FirstOrDefault(t => t.Language == language) is { } text ? ContentFiles.ModuleFile(module.Id, version, text) : null;

    /// <summary>Image hashes by path the module may show: those of the published version and those uploaded since.</summary>
    public async Task<Dictionary<string, string>> ImagesAsync(CourseModule module, CancellationToken cancellationToken = default)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        if (module.CurrentVersionId is { } id)
        {
            var assets = await db.ModuleVersions.Where(v => v.Id == id).Select(v => v.Assets).SingleAsync(cancellationToken);
            foreach (var parts in assets.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('=', 2)).Where(p => p.Length == 2))
            {
                paths[parts[0]] = parts[1];
            }
        }

        foreach (var image in await db.ModuleImages.Where(i => i.ModuleId == module.Id).ToListAsync(cancellationToken))
        {
            paths[image.Path] = image.Hash;
        }

        return paths;
    }

    /// <summary>
    /// The validator's check of the texts as files of the course folder. Image bytes only count for the content hash,
    /// so they are loaded only when the check is for publishing.
    /// </summary>
    public async Task<ModuleCheck> CheckAsync(Course course, CourseModule module, IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<string, string> images, bool forPublishing, CancellationToken cancellationToken = default)
    {
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (forPublishing)
        {
            var hashes = images.Values.Distinct().ToList();
            var stored = await db.ModuleAssets.Where(a => hashes.Contains(a.Hash)).ToDictionaryAsync(a => a.Hash, a => a.Bytes, cancellationToken);
            foreach (var (path, hash) in images)
            {
                bytes[path] = stored[hash];
            }
        }
        else
        {
            foreach (var path in images.Keys)
            {
                bytes[path] = [];
            }
        }

        var others = await db.Modules.Where(m => m.CourseId == course.Id && m.Id != module.Id && m.ArchivedAt == null).Select(m => m.FileStem).ToListAsync(cancellationToken);
        return ContentValidator.ValidateModule(new DraftModule(course.Id, module.FileStem, module.Id, texts, bytes,
            [.. others.SelectMany(stem => Languages.All.Select(l => $"{stem}.{l}.md"))]), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>
    /// Saves a draft when <paramref name="basedOnRevision"/> is still its latest revision (0: there was no draft) and
    /// returns the new revision; null when someone else saved in between. The database checks the revision again, so
    /// two saves at the same moment cannot both win.
    /// </summary>
    public async Task<int?> TrySaveAsync(Course course, CourseModule module, string language, string text, int basedOnRevision, string userId,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = await db.ModuleDrafts.SingleOrDefaultAsync(d => d.ModuleId == module.Id && d.Language == language, cancellationToken);
        if (draft is null)
        {
            if (basedOnRevision != 0)
            {
                return null;
            }

            draft = new ModuleDraft(module.Id, language, text, userId, now);
            db.ModuleDrafts.Add(draft);
        }
        else if (!draft.TrySave(text, basedOnRevision, userId, now))
        {
            return null;
        }

        course.MarkEditedInBrowser();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }

        return draft.Revision;
    }

    /// <summary>Publishes the drafts (or the published text of a language without one); null with the check when it has errors.</summary>
    public async Task<(ModuleVersion? Version, ModuleCheck Check)> PublishAsync(Course course, CourseModule module, string userId,
        CancellationToken cancellationToken = default)
    {
        var images = await ImagesAsync(module, cancellationToken);
        var check = await CheckAsync(course, module, await TextsAsync(module, cancellationToken), images, forPublishing: true, cancellationToken);
        if (check.Module is null)
        {
            return (null, check);
        }

        var version = await contentImport.PublishAsync(module, check.Module, images, userId, cancellationToken);
        course.MarkEditedInBrowser();
        course.Publish();
        await db.SaveChangesAsync(cancellationToken);
        return (version, check);
    }

    /// <summary>Starts new drafts in both languages from an earlier version; learners see nothing until they are published.</summary>
    public async Task<bool> RestoreAsync(Course course, CourseModule module, ModuleVersion version, string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var language in Languages.All)
        {
            var draft = await db.ModuleDrafts.SingleOrDefaultAsync(d => d.ModuleId == module.Id && d.Language == language, cancellationToken);
            var restored = PublishedText(module, version, language) ?? "";
            if (draft is null)
            {
                db.ModuleDrafts.Add(new ModuleDraft(module.Id, language, restored, userId, now));
            }
            else
            {
                draft.Replace(restored, userId, now);
            }
        }

        var known = await db.ModuleImages.Where(i => i.ModuleId == module.Id).Select(i => i.Path).ToListAsync(cancellationToken);
        foreach (var (path, hash) in version.AssetHashes.Where(a => !known.Contains(a.Key)))
        {
            db.ModuleImages.Add(new ModuleImage(module.Id, path, hash, ""));
        }

        course.MarkEditedInBrowser();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Stores cleaned image bytes once by hash and makes them an image of the module under a readable path.</summary>
    public async Task<ModuleImage> AddImageAsync(CourseModule module, string fileName, byte[] cleaned, ImageFormat format, string altText,
        CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(cleaned));
        if (!await db.ModuleAssets.AnyAsync(a => a.Hash == hash, cancellationToken))
        {
            db.ModuleAssets.Add(new ModuleAsset(hash, ImageSniffer.ContentType(format), cleaned));
        }

        var path = $"images/{ImageName(fileName)}-{hash[..8]}{ImageSniffer.Extension(format)}";
        var image = await db.ModuleImages.SingleOrDefaultAsync(i => i.ModuleId == module.Id && i.Path == path, cancellationToken);
        if (image is null)
        {
            image = new ModuleImage(module.Id, path, hash, altText);
            db.ModuleImages.Add(image);
        }

        await db.SaveChangesAsync(cancellationToken);
        return image;
    }

    /// <summary>"Map of Umnugobi.PNG" → "map-of-umnugobi": a readable name in the course folder's format.</summary>
    private static string ImageName(string fileName)
    {
        var name = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var slug = name.ToString().Trim('-');
        return slug.Length == 0 ? "image" : slug[..Math.Min(slug.Length, 40)].TrimEnd('-');
    }
}
