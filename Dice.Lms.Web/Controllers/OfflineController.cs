using System.Text.Json;
using System.Text.RegularExpressions;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Offline;
using Dice.Lms.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// What makes the site installable and readable offline (docs/offline.md): the web app manifest, the service worker,
/// the page shown offline for a page not kept, and the list of what "keep this course" stores.
/// </summary>
public sealed partial class OfflineController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    LessonHtml lessons,
    CourseOutlines outlines,
    ModuleVersionCache versions,
    ServiceWorkerScript worker,
    IStringLocalizer<SharedResource> text) : Controller
{
    /// <summary>A module page is its lesson plus the page frame around it: header, menu, forms, about this many bytes.</summary>
    public const int PageFrameBytes = 6_000;

    [HttpGet("/manifest.webmanifest")]
    public IActionResult Manifest()
    {
        var manifest = new
        {
            name = text["Offline.AppName"].Value,
            short_name = "Dice LMS",
            lang = HttpContext.Language(),
            start_url = "/",
            scope = "/",
            display = "standalone",
            background_color = "#ffffff",
            theme_color = ThemeColor,
            icons = new object[]
            {
                new { src = "/icons/icon-192.png", sizes = "192x192", type = "image/png", purpose = "any" },
                new { src = "/icons/icon-512.png", sizes = "512x512", type = "image/png", purpose = "any" },
                new { src = "/icons/maskable-512.png", sizes = "512x512", type = "image/png", purpose = "maskable" },
            },
        };
        Response.Headers.CacheControl = "no-cache";
        return Content(JsonSerializer.Serialize(manifest), "application/manifest+json; charset=utf-8");
    }

    /// <summary>The theme of the manifest and of the pages' <c>theme-color</c>: the site's accent blue.</summary>
    public const string ThemeColor = "#0b5cad";

    /// <summary>Served from the root so that it may control every page; "no-cache" so a new version is found at once.</summary>
    [HttpGet("/sw.js")]
    public IActionResult ServiceWorker()
    {
        Response.Headers.CacheControl = "no-cache";
        return File(worker.Bytes, "text/javascript; charset=utf-8");
    }

    /// <summary>The page the service worker shows offline for a page that is not kept; fetched once per language.</summary>
    [HttpGet("/app/offline")]
    public IActionResult Page()
    {
        Response.Headers.CacheControl = "no-cache";
        return View();
    }

    /// <summary>
    /// The addresses "keep this course on my phone" stores, with their sizes: every module page, then every image the
    /// lessons show. A learner who may not read the course gets what the course page would give.
    /// </summary>
    [Authorize]
    [HttpGet("/courses/{courseId}/keep")]
    public async Task<IActionResult> Keep(string courseId)
    {
        var outline = await outlines.GetPublishedAsync(db, courseId);
        if (outline is null)
        {
            return NotFound();
        }

        if (!await db.CanReadCourseAsync(User, users.GetUserId(User), courseId))
        {
            return Forbid();
        }

        var language = HttpContext.Language();
        var modules = await versions.CurrentAsync(db, outline.Modules);
        var stems = modules.ToDictionary(m => m.Module.FileStem, m => m.Module.Id);
        var pages = new List<KeptItem>();
        var hashes = new HashSet<string>();
        foreach (var (module, version) in modules)
        {
            var html = lessons.Render(version, version.Text(language)!, courseId, stems);
            pages.Add(new KeptItem($"/courses/{courseId}/modules/{module.Id}", System.Text.Encoding.UTF8.GetByteCount(html) + PageFrameBytes));
            hashes.UnionWith(AssetAddress().Matches(html).Select(m => m.Groups[1].Value));
        }

        var images = await db.ModuleAssets.Where(a => hashes.Contains(a.Hash)).OrderBy(a => a.Hash)
            .Select(a => new KeptItem("/assets/" + a.Hash, a.Bytes.Length)).ToListAsync();
        Response.Headers.CacheControl = "private, no-cache";
        return Json(new { pages, images, bytes = pages.Sum(p => p.Bytes) + images.Sum(i => i.Bytes) });
    }

    [GeneratedRegex("/assets/([0-9a-f]{64})")]
    private static partial Regex AssetAddress();

    private sealed record KeptItem(string Url, long Bytes);
}
