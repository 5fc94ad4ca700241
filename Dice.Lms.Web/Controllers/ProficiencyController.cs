using System.Text;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Csv;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Web.Localization;
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
public sealed class ProficiencyController(LmsDbContext db, BaselineImport baseline, IBackgroundJobClient jobs, ProgrammeReportPdf pdf, IStringLocalizer<SharedResource> text) : Controller
{
    /// <summary>
    /// One cohort, or all cohorts added up (<paramref name="cohort"/> 0 or absent), for everyone or for the learners of one
    /// location, with every location side by side like the baseline report's Table 3.
    /// </summary>
    [HttpGet("")]
    public Task<IActionResult> Index(int? cohort, string? location) => DashboardAsync(cohort, location, []);

    /// <summary>The dashboard; after a refused baseline file, with the file's problems on it.</summary>
    private async Task<IActionResult> DashboardAsync(int? cohort, string? location, IReadOnlyList<string> importErrors)
    {
        var language = HttpContext.Language();
        var cohorts = await db.Cohorts.OrderBy(c => c.Name).Select(c => new CohortOption(c.Id, c.Name)).ToListAsync();
        var selected = cohorts.FirstOrDefault(c => c.Id == cohort);
        if (cohort is > 0 && selected is null)
        {
            return NotFound("No such cohort.");
        }

        var scopeName = selected?.Name ?? text["Proficiency.AllCohorts"].Value;
        var scopeIds = selected is null ? cohorts.Select(c => c.Id).ToList() : [selected.Id];
        var snapshots = await db.ProficiencySnapshots.Where(s => scopeIds.Contains(s.CohortId)).ToListAsync();
        var locations = snapshots.Select(s => s.Location).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();
        var slice = locations.FirstOrDefault(l => string.Equals(l, location, StringComparison.OrdinalIgnoreCase)) ?? ProficiencySnapshot.WholeCohort;
        if (!string.IsNullOrEmpty(location) && slice.Length == 0)
        {
            return NotFound("No learners from this location in the selected cohorts.");
        }

        var levels = ProficiencyLevels.All.Select(l => l.Name(language)).ToList();
        var view = new ProficiencyDashboardViewModel(cohorts, selected?.Id, scopeName, locations, slice.Length > 0 ? slice : null, null, levels, [], [], [], importErrors);
        var days = snapshots.Select(s => s.Date).Distinct().Order().ToList();
        if (days.Count == 0)
        {
            return View(nameof(Index), view);
        }

        IReadOnlyList<ReportRow> Report(DateOnly day, string where) => CohortReport.Combine(scopeName, scopeIds.Select(id =>
            CohortReport.FromSnapshots(scopeName, snapshots.Where(s => s.CohortId == id && s.Date == day && string.Equals(s.Location, where, StringComparison.OrdinalIgnoreCase)))));

        var latest = Report(days[^1], slice);
        var need = CohortReport.ShareAtOrBelowIntermediate(latest);
        var areas = CompetenceAreas.All.Select(a =>
        {
            var rows = latest.Where(r => r.Area == a.Id).ToList();
            var areaNeed = need.First(n => n.Area == a.Id);
            return new AreaDistribution(a.Id, a.Name(language), [.. rows.Select(r => r.Baseline)], [.. rows.Select(r => r.Current)], areaNeed.Baseline, areaNeed.Current);
        }).ToList();
        var trend = days.Select(d =>
        {
            var shares = CohortReport.ShareAtOrBelowIntermediate(Report(d, slice));
            return new TrendPoint(d, [.. CompetenceAreas.All.Select(a => shares.First(s => s.Area == a.Id).Current)]);
        }).ToList();
        // Table 3 of the baseline report: every location, then the total of the cohorts shown.
        var byLocation = locations.Select(l => new LocationNeed(l, CohortReport.ShareAtOrBelowIntermediate(Report(days[^1], l)))).ToList();
        byLocation.Add(new LocationNeed(text["Proficiency.Total"].Value, CohortReport.ShareAtOrBelowIntermediate(Report(days[^1], ProficiencySnapshot.WholeCohort))));
        var competences = CompetenceReport.Combine(scopeName, scopeIds.Select(id => CompetenceReport.FromSnapshots(scopeName,
            snapshots.Where(s => s.CohortId == id && s.Date == days[^1] && string.Equals(s.Location, slice, StringComparison.OrdinalIgnoreCase)))));
        var map = await CompetenceMapAsync(competences, language);
        return View(nameof(Index), view with { Date = days[^1], Areas = areas, Trend = trend, ByLocation = byLocation, Competences = map });
    }

    /// <summary>The 23 competences with their learners per level and the current modules of published courses that teach each.</summary>
    private async Task<IReadOnlyList<CompetenceLine>> CompetenceMapAsync(IReadOnlyList<CompetenceReportRow> rows, string language)
    {
        var modules = await (
            from module in db.Modules
            where module.ArchivedAt == null && module.CurrentVersionId != null
            join course in db.Courses on module.CourseId equals course.Id
            where course.IsPublished
            join version in db.ModuleVersions on module.CurrentVersionId equals version.Id
            orderby version.Level, module.CourseId, module.Position
            select new { version.Competences, version.Level, Title = version.Texts.Where(t => t.Language == language).Select(t => t.Title).FirstOrDefault() ?? module.Id })
            .ToListAsync();
        return [.. CompetenceAreas.AllCompetences.Select(code => new CompetenceLine(
            code,
            CompetenceAreas.ForCompetence(code)!.Id,
            [.. rows.Where(r => r.Competence == code).Select(r => r.Current)],
            [.. modules.Where(m => m.Competences.Split(',').Contains(code)).Select(m => $"{m.Title} ({m.Level.Name(language)})")]))];
    }

    /// <summary>The bilingual programme report for funders, as an A4 PDF: one cohort, or all cohorts (<paramref name="cohort"/> 0 or absent).</summary>
    [HttpGet("report.pdf")]
    public async Task<IActionResult> ProgrammeReport(int? cohort)
    {
        var cohorts = await db.Cohorts.Where(c => cohort == null || cohort == 0 || c.Id == cohort).Select(c => new { c.Id, c.Name }).ToListAsync();
        if (cohorts.Count == 0 && cohort is > 0)
        {
            return NotFound("No such cohort.");
        }

        var scope = cohort is > 0 ? cohorts[0].Name : "Бүх бүлэг / All cohorts";
        var report = await Infrastructure.Proficiency.ProgrammeReport.BuildAsync(db, [.. cohorts.Select(c => c.Id)], scope, HttpContext.RequestAborted);
        return File(pdf.Render(report), "application/pdf", $"programme-report-{DateTime.UtcNow:yyyy-MM-dd}.pdf");
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
            return await DashboardAsync(cohort, null, [.. errors.Select(text.Describe)]);
        }

        TempData["Notice"] = text["Proficiency.BaselineImported", imported].Value;
        return RedirectToAction(nameof(Index), new { cohort });
    }

    /// <summary>
    /// The latest snapshot of a cohort in the contract's shape, per area (the default) or per competence
    /// (<paramref name="by"/> <c>competence</c>); with a location, only its learners.
    /// </summary>
    [HttpGet("export.{format:regex(^(csv|json)$)}")]
    public async Task<IActionResult> Export(int cohort, string format, string? location, string? by)
    {
        if (by is not (null or "area" or "competence"))
        {
            return BadRequest("by must be area or competence.");
        }

        var slice = location ?? ProficiencySnapshot.WholeCohort;
        var name = await db.Cohorts.Where(c => c.Id == cohort).Select(c => c.Name).SingleOrDefaultAsync();
        var latest = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort).MaxAsync(s => (DateOnly?)s.Date);
        if (name is null || latest is null)
        {
            return NotFound("No proficiency snapshot for this cohort yet: run the computation first.");
        }

        var snapshots = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort && s.Date == latest && s.Location == slice).ToListAsync();
        if (snapshots.Count == 0)
        {
            return NotFound("No learners from this location in this cohort.");
        }

        // Only the shape asked for is built.
        var file = by == "competence" ? "proficiency-competences" : "proficiency";
        if (format == "csv")
        {
            var csv = by == "competence"
                ? CsvFiles.Write(CompetenceReport.CsvHeader, CompetenceReport.FromSnapshots(name, snapshots).Select(CompetenceReport.CsvFields))
                : CsvFiles.Write(CohortReport.CsvHeader, CohortReport.FromSnapshots(name, snapshots).Select(CohortReport.CsvFields));
            return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{file}-{latest:yyyy-MM-dd}.csv");
        }

        var json = by == "competence"
            ? CompetenceReport.ToJson(CompetenceReport.FromSnapshots(name, snapshots))
            : CohortReport.ToJson(CohortReport.FromSnapshots(name, snapshots));
        return Content(json, "application/json; charset=utf-8");
    }
}
