using Dice.Lms.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Controllers;

/// <summary>Module images by content hash: a hash never changes its bytes, so browsers keep them for a year.</summary>
public sealed class AssetsController(LmsDbContext db) : Controller
{
    [HttpGet("/assets/{hash:length(64)}")]
    [ResponseCache(Duration = 31_536_000, Location = ResponseCacheLocation.Any)]
    public async Task<IActionResult> Get(string hash)
    {
        var asset = await db.ModuleAssets.AsNoTracking().SingleOrDefaultAsync(a => a.Hash == hash);
        if (asset is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(asset.Bytes, asset.ContentType);
    }
}
