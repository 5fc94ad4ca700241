using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>Trainers turn a Moodle GIFT or Aiken file into the quiz block they paste into a module.</summary>
[Authorize(Roles = Roles.Trainer + "," + Roles.StaffOrAdmin)]
[Route("authoring/quiz-import")]
public sealed class QuizImportController(IStringLocalizer<SharedResource> text) : Controller
{
    private const int MaxBytes = 512 * 1024;

    [HttpGet("")]
    public IActionResult Index() => View(new QuizImportViewModel("gift", null, null, 0, []));

    [HttpPost("")]
    [RequestSizeLimit(MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Convert(string format, string? source, IFormFile? file)
    {
        if (format is not ("gift" or "aiken"))
        {
            return BadRequest("format must be gift or aiken");
        }

        if (file is { Length: > 0 })
        {
            if (file.Length > MaxBytes)
            {
                return View("Index", new QuizImportViewModel(format, null, null, 0, [text["QuizImport.TooLarge"]]));
            }

            using var reader = new StreamReader(file.OpenReadStream());
            source = await reader.ReadToEndAsync();
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            return View("Index", new QuizImportViewModel(format, source, null, 0, [text["QuizImport.Empty"]]));
        }

        var result = format == "gift" ? GiftParser.Parse(source) : AikenParser.Parse(source);
        return View("Index", new QuizImportViewModel(format, source, result.Questions.Count > 0 ? QuizConversion.ToMarkdown(result.Questions) : null,
            result.Questions.Count, [.. result.Errors.Select(e => text["Authoring.QuizLineError", e.Line, e.Text.For(HttpContext.Language())].Value)]));
    }
}
