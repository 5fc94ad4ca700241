using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Proficiency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>The learner's own self-assessment and levels; nobody sees another learner's.</summary>
[Authorize]
public sealed class SelfAssessmentController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    SelfAssessmentQuestions questions,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    [HttpGet("/self-assessment")]
    public async Task<IActionResult> Index()
    {
        var userId = users.GetUserId(User)!;
        var hasBaseline = await db.SelfAssessments.AnyAsync(s => s.LearnerId == userId && s.Kind == SelfAssessmentKind.Baseline);
        return questions.Assessment is null ? NotFound() : View(Build(!hasBaseline, new Dictionary<string, string>(), []));
    }

    [HttpPost("/self-assessment")]
    public async Task<IActionResult> Save()
    {
        var assessment = questions.Assessment;
        if (assessment is null)
        {
            return NotFound();
        }

        var userId = users.GetUserId(User)!;
        var answers = new Dictionary<string, string>();
        foreach (var question in assessment.Questions)
        {
            var value = Request.Form[$"a-{question.Id}"].ToString();
            if (value.Length == 0)
            {
                continue;
            }

            if (!ProficiencyLevels.TryParse(value, out _))
            {
                return BadRequest($"'{value}' is not a level.");
            }

            answers[question.Id] = value;
        }

        var hasBaseline = await db.SelfAssessments.AnyAsync(s => s.LearnerId == userId && s.Kind == SelfAssessmentKind.Baseline);
        var unanswered = assessment.Questions.Where(q => !answers.ContainsKey(q.Id)).Select(q => q.Id).ToList();
        if (unanswered.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", Build(!hasBaseline, answers, unanswered));
        }

        var levels = CompetenceAreas.All.ToDictionary(a => a.Id, a => ProficiencyRules.SelfAssessed(assessment.Questions
            .Where(q => q.Area == a.Id)
            .Select(q => ProficiencyLevels.TryParse(answers[q.Id], out var level) ? level : ProficiencyLevel.None)));
        var kind = hasBaseline ? SelfAssessmentKind.Final : SelfAssessmentKind.Baseline;
        var cohortId = await db.Cohorts.Where(c => c.Members.Any(m => m.LearnerId == userId))
            .OrderByDescending(c => c.StartDate).Select(c => (int?)c.Id).FirstOrDefaultAsync();
        var result = await db.SelfAssessments.Where(s => s.LearnerId == userId && s.Kind == kind).OrderByDescending(s => s.TakenAt).FirstOrDefaultAsync();
        if (result is null || kind == SelfAssessmentKind.Baseline)
        {
            result = new SelfAssessmentResult(userId, cohortId, kind, clock.GetUtcNow().UtcDateTime);
            db.SelfAssessments.Add(result);
        }

        result.Record(levels.Where(l => l.Value is not null).ToDictionary(l => l.Key, l => l.Value!.Value), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Notice"] = text["SelfAssessment.Saved"].Value;
        return RedirectToAction(nameof(Levels));
    }

    [HttpGet("/my/levels")]
    public async Task<IActionResult> Levels()
    {
        var language = HttpContext.Language();
        var userId = users.GetUserId(User)!;
        var latest = await db.SelfAssessments.Where(s => s.LearnerId == userId).OrderByDescending(s => s.TakenAt).FirstOrDefaultAsync();
        var passed = await db.PassedQuizzesOf([userId]).ToListAsync();
        var modules = await (
            from module in db.Modules
            where module.ArchivedAt == null && module.CurrentVersionId != null
            join course in db.Courses on module.CourseId equals course.Id
            where course.IsPublished
            orderby course.Id, module.Position
            select new { module.Id, module.CourseId, course.AreaId, module.CurrentVersionId })
            .ToListAsync();
        var versionIds = modules.Select(m => m.CurrentVersionId).ToList();
        var versions = await db.ModuleVersions.Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id);
        var self = latest?.AreaLevels ?? new Dictionary<string, ProficiencyLevel>();
        var passedVersions = await (
            from attempt in db.QuizAttempts
            where attempt.LearnerId == userId && attempt.Passed == true
            join version in db.ModuleVersions on attempt.VersionId equals version.Id
            select new { version.Competences, version.Level })
            .Distinct().ToListAsync();
        var competences = ProficiencyRules.DemonstratedPerCompetence(passedVersions.Select(v => (v.Level, (IEnumerable<string>)v.Competences.Split(','), true)));
        // Next per competence: the lowest-level module not passed yet that teaches it above the level shown.
        CompetenceLevelRow Competence(string code)
        {
            var shown = competences[code];
            var next = modules.Where(m => passed.All(p => p.ModuleId != m.Id))
                .Select(m => (m, Version: versions[m.CurrentVersionId!.Value]))
                .Where(x => x.Version.Level > shown && x.Version.CompetenceCodes.Contains(code))
                .OrderBy(x => x.Version.Level)
                .FirstOrDefault();
            return new CompetenceLevelRow(code, DigCompCompetences.Name(code) ?? code, shown.Name(language),
                next.m is null ? null : $"/courses/{next.m.CourseId}/modules/{next.m.Id}", next.Version?.Text(language)?.Title);
        }

        var rows = CompetenceAreas.All.Select(area =>
        {
            var demonstrated = ProficiencyRules.Demonstrated(passed.Where(p => p.AreaId == area.Id).Select(p => (p.Level, true)));
            var selfAssessed = self.TryGetValue(area.Id, out var level) ? level : (ProficiencyLevel?)null;
            var current = ProficiencyRules.Current(selfAssessed, demonstrated);
            // Next: the first module of the area whose quiz is not passed yet and whose level is above what was shown.
            var next = modules.Where(m => m.AreaId == area.Id && passed.All(p => p.ModuleId != m.Id))
                .Select(m => (m, Version: versions[m.CurrentVersionId!.Value]))
                .FirstOrDefault(x => x.Version.Level > demonstrated);
            return new AreaLevelRow(area.Id, area.Name(language), selfAssessed?.Name(language), demonstrated.Name(language), current.Name(language),
                next.m is null ? null : $"/courses/{next.m.CourseId}/modules/{next.m.Id}", next.Version?.Text(language)?.Title)
            {
                Competences = [.. area.Competences.Select(Competence)],
            };
        }).ToList();
        return View(new MyLevelsViewModel(rows, latest is not null));
    }

    private SelfAssessmentViewModel Build(bool isBaseline, IReadOnlyDictionary<string, string> answers, IReadOnlyList<string> unanswered)
    {
        var language = HttpContext.Language();
        return new SelfAssessmentViewModel(isBaseline, [.. questions.Assessment!.Questions.Select(q => new SelfAssessmentItem(
            q.Id,
            CompetenceAreas.Find(q.Area)?.Name(language) ?? q.Area,
            q.Text.For(language),
            [.. ProficiencyLevels.All.Select(l => new SelfAssessmentChoice(l.Id(), l.Name(language), q.Levels.TryGetValue(l, out var d) ? d.For(language) : ""))],
            answers.GetValueOrDefault(q.Id)))], unanswered);
    }
}
