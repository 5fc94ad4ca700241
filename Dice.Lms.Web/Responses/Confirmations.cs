using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace Dice.Lms.Web.Responses;

public static class Confirmations
{
    /// <summary>The confirmation page for an irreversible action; a refused post shows it again with 400.</summary>
    public static ViewResult Confirm(this Controller controller, ConfirmViewModel model)
    {
        controller.Response.NeverStore();
        var page = controller.View("Confirm", model);
        page.StatusCode = model.Error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return page;
    }
}
