using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace Dice.Lms.Web.Responses;

/// <summary>
/// A refused request that a person may well make (a second click, a stale tab, an old link) answered as a page in
/// their language that says why and where to go on, with the 4xx status kept for scripts and tests.
/// </summary>
public static class Refusals
{
    public static ViewResult Refuse(this Controller controller, int statusCode, string title, string text, string? linkUrl = null, string? linkText = null)
    {
        var page = controller.View("Error", new ErrorViewModel(statusCode, title, text, linkUrl, linkText));
        page.StatusCode = statusCode;
        return page;
    }
}
