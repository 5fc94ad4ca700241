using System.Text;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Web.Infrastructure;
using Dice.Lms.Web.Models;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>Cohort proficiency for staff: counts only, never a learner's own levels.</summary>
[Authorize(Roles = Roles.StaffOrAdmin)]
[Route("staff/proficiency")]
public sealed class ProficiencyController(LmsDbContext db, BaselineImport baseline, IBackgroundJobClient jobs, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? cohort)
    {
        var language = HttpContext.Language();
        var cohorts = await db.Cohorts.OrderBy(c => c.Name).Select(c => new CohortOption(c.Id, c.Name)).ToListAsync();
        var selected = cohorts.FirstOrDefault(c => c.Id == cohort) ?? cohorts.FirstOrDefault();
        var levels = ProficiencyLevels.All.Select(l => l.Name(language)).ToList();
        if (selected is null)
        {
            return View(nameof(Index), new ProficiencyDashboardViewModel(cohorts, null, null, null, levels, [], []));
        }

        var snapshots = await db.ProficiencySnapshots.Where(s => s.CohortId == selected.Id).ToListAsync();
        var days = snapshots.Select(s => s.Date).Distinct().Order().ToList();
        if (days.Count == 0)
        {
            return View(nameof(Index), new ProficiencyDashboardViewModel(cohorts, selected.Id, selected.Name, null, levels, [], []));
        }

        var rowsByDay = days.ToDictionary(d => d, d => CohortReport.FromSnapshots(selected.Name, snapshots.Where(s => s.Date == d)));
        var latest = rowsByDay[days[^1]];
        var need = CohortReport.ShareAtOrBelowIntermediate(latest);
        var areas = CompetenceAreas.All.Select(a =>
        {
            var rows = latest.Where(r => r.Area == a.Id).ToList();
            var areaNeed = need.First(n => n.Area == a.Id);
            return new AreaDistribution(a.Id, a.Name(language), [.. rows.Select(r => r.Baseline)], [.. rows.Select(r => r.Current)], areaNeed.Baseline, areaNeed.Current);
        }).ToList();
        var trend = days.Select(d =>
        {
            var shares = CohortReport.ShareAtOrBelowIntermediate(rowsByDay[d]);
            return new TrendPoint(d, [.. CompetenceAreas.All.Select(a => shares.First(s => s.Area == a.Id).Current)]);
        }).ToList();
        return View(nameof(Index), new ProficiencyDashboardViewModel(cohorts, selected.Id, selected.Name, days[^1], levels, areas, trend));
    }

    /// <summary>Runs the proficiency job now on a job server; the page shows the new snapshot once it is done.</summary>
    [HttpPost("compute")]
    public IActionResult Compute(int? cohort)
    {
        jobs.Enqueue<ProficiencyJob>(job => job.RunAsync(CancellationToken.None));
        TempData["Notice"] = text["Proficiency.ComputeQueued"].Value;
        return RedirectToAction(nameof(Index), new { cohort });
    }

    /// <summary>Survey results for a cohort in the contract's baseline CSV, all or nothing; nobody is mailed.</summary>
    [HttpPost("baseline")]
    [RequestSizeLimit(2_000_000)]
    public async Task<IActionResult> ImportBaseline(int cohort, IFormFile? file)
    {
        var name = await db.Cohorts.Where(c => c.Id == cohort).Select(c => c.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        if (file is not { Length: > 0 })
        {
            TempData["Notice"] = text["Import.NoFile"].Value;
            return RedirectToAction(nameof(Index), new { cohort });
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        var (imported, errors) = await baseline.ImportAsync(await reader.ReadToEndAsync(), name);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            ViewData["ImportErrors"] = errors;
            return await Index(cohort);
        }

        TempData["Notice"] = text["Proficiency.BaselineImported", imported].Value;
        return RedirectToAction(nameof(Index), new { cohort });
    }

    [HttpGet("export.{format:regex(^(csv|json)$)}")]
    public async Task<IActionResult> Export(int cohort, string format)
    {
        var name = await db.Cohorts.Where(c => c.Id == cohort).Select(c => c.Name).SingleOrDefaultAsync();
        var latest = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort).MaxAsync(s => (DateOnly?)s.Date);
        if (name is null || latest is null)
        {
            return NotFound("No proficiency snapshot for this cohort yet: run the computation first.");
        }

        var rows = CohortReport.FromSnapshots(name, await db.ProficiencySnapshots.Where(s => s.CohortId == cohort && s.Date == latest).ToListAsync());
        return format == "csv"
            ? File(Encoding.UTF8.GetBytes(CohortReport.ToCsv(rows)), "text/csv; charset=utf-8", $"proficiency-{latest:yyyy-MM-dd}.csv")
            : Json(rows.Select(r => new { cohort = r.Cohort, area = r.Area, level = r.Level.Id(), baseline = r.Baseline, current = r.Current }));
    }
}
