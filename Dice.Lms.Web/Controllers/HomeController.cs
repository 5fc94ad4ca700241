using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Controllers;

public sealed class HomeController(LmsDbContext db, UserManager<LmsUser> users) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        var courseCounts = await db.Courses.Where(c => c.IsPublished)
            .GroupBy(c => c.AreaId)
            .Select(g => new { Area = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Area, g => g.Count);
        var areas = CompetenceAreas.All
            .Select(a => new AreaSummary(a.Id, a.Code, a.Name(HttpContext.Language()), courseCounts.GetValueOrDefault(a.Id)))
            .ToList();
        return View(new HomeViewModel(areas));
    }

    /// <summary>Remembers the chosen language in a cookie and, for a signed-in user, in their account.</summary>
    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();

    [HttpPost("/language")]
    public async Task<IActionResult> Language(string culture, string? returnUrl)
    {
        var language = Languages.Normalize(culture);
        Response.SetLanguageCookie(language);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredLanguage != language)
        {
            user.PreferredLanguage = language;
            await users.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    [HttpGet("/error/{statusCode:int}")]
    [HttpPost("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error(int statusCode)
    {
        // Re-executed by the status-code and exception middleware; never shows exception details.
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var code = feature is not null ? 500 : statusCode is >= 400 and < 600 ? statusCode : 404;
        Response.StatusCode = code;
        return View(new ErrorViewModel(code));
    }
}
