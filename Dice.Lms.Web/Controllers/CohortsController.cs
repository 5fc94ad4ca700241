using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Imports;
using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Cohorts;
using Dice.Lms.Infrastructure.Csv;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Web.Email;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Controllers;

[Authorize(Roles = Roles.StaffOrAdmin)]
[Route("staff/cohorts")]
public sealed class CohortsController(
    LmsDbContext db,
    UserAccounts accounts,
    UserManager<LmsUser> users,
    CohortSaving saving,
    AccountEmails emails,
    IOptions<LmsOptions> options,
    IStringLocalizer<SharedResource> text) : Controller
{
    /// <summary>Large enough for a few thousand learners; larger lists go through the command line.</summary>
    private const long MaxImportBytes = 1_000_000;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = await db.Cohorts
            .OrderByDescending(c => c.StartDate).ThenBy(c => c.Name)
            .Select(c => new CohortRow(c.Id, c.Name, db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                c.StartDate, c.EndDate, c.Members.Count, c.Courses.Count))
            .ToListAsync();
        return View(rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", await WithOptionsAsync(new CohortFormModel()));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var cohort = await db.Cohorts.Include(c => c.Courses).SingleOrDefaultAsync(c => c.Id == id);
        if (cohort is null)
        {
            return NotFound();
        }

        return View(await WithOptionsAsync(new CohortFormModel
        {
            Id = cohort.Id,
            Name = cohort.Name,
            OrganizationId = cohort.OrganizationId,
            StartDate = cohort.StartDate,
            EndDate = cohort.EndDate,
            CourseIds = [.. cohort.Courses.Select(c => c.CourseId)],
        }));
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(CohortFormModel model)
    {
        var cohort = model.Id is { } id ? await db.Cohorts.Include(c => c.Courses).Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id) : null;
        if (model.Id is not null && cohort is null)
        {
            return NotFound();
        }

        var change = new CohortChange(model.Name?.Trim() ?? "", model.OrganizationId, model.StartDate, model.EndDate, model.CourseIds);
        foreach (var problem in await saving.CheckAsync(change, model.Id))
        {
            var (field, message) = problem.Kind switch
            {
                CohortProblemKind.NameTaken => (nameof(model.Name), "Cohort.NameTaken"),
                CohortProblemKind.EndBeforeStart => (nameof(model.EndDate), "Cohort.EndBeforeStart"),
                CohortProblemKind.UnknownCourse => (nameof(model.CourseIds), "Cohort.UnknownCourse"),
                _ => (nameof(model.OrganizationId), "Account.OrganizationUnknown"),
            };
            ModelState.AddModelError(field, text[message]);
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", await WithOptionsAsync(model));
        }

        try
        {
            cohort = await saving.SaveAsync(cohort, change);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(nameof(model.Name), text["Cohort.NameTaken"]);
            return View("Edit", await WithOptionsAsync(model));
        }

        TempData["Notice"] = text["Cohort.Saved", cohort.Name].Value;
        return RedirectToAction(nameof(Details), new { id = cohort.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id) => await DetailsViewAsync(id, []);

    [HttpPost("{id:int}/members")]
    public async Task<IActionResult> AddMember(int id, AddMemberModel member)
    {
        if (!ModelState.IsValid)
        {
            // The form marks its own fields (ModelState reaches the view); nothing at the top of the page.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await DetailsViewAsync(id, []);
        }

        return await ImportAsync(id, [new LearnerRow(1, member.Email.Trim(), member.FullName.Trim(), member.Organization?.Trim() ?? "")]);
    }

    [HttpPost("{id:int}/import")]
    [RequestSizeLimit(MaxImportBytes + 100_000)]
    public async Task<IActionResult> Import(int id, IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return await DetailsViewAsync(id, [text["Import.NoFile"]]);
        }

        if (file.Length > MaxImportBytes)
        {
            return await DetailsViewAsync(id, [text["Import.TooLarge"]]);
        }

        using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
        var result = LearnerImport.Read(CsvFiles.Read(await reader.ReadToEndAsync()));
        return result.IsValid ? await ImportAsync(id, result.Rows) : await DetailsViewAsync(id, [.. result.Errors.Select(text.Describe)]);
    }

    /// <summary>Creates or updates each learner and adds them to the cohort, all or nothing; new accounts get an invitation.</summary>
    private async Task<IActionResult> ImportAsync(int id, IReadOnlyList<LearnerRow> rows)
    {
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (cohort is null)
        {
            return NotFound();
        }

        var invited = new List<LmsUser>();
        var said = new List<string>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            foreach (var row in rows)
            {
                var result = await accounts.CreateOrUpdateAsync(new AccountRequest(row.Email, row.FullName,
                    Organization: string.IsNullOrEmpty(row.Organization) ? null : row.Organization, Cohort: cohort.Name, ByStaff: true));
                if (!result.Succeeded)
                {
                    await transaction.RollbackAsync();
                    db.ChangeTracker.Clear();
                    var problems = result.RefusedStaffAccount
                        ? [new ImportProblem(row.Line, ImportProblemKind.StaffAccount, row.Email)]
                        : result.Errors.Select(e => new ImportProblem(row.Line, ImportProblemKind.AccountRefused, e));
                    return await DetailsViewAsync(id, [.. problems.Select(text.Describe)]);
                }

                if (result.Created || result.WasReset)
                {
                    invited.Add(result.User!);
                }

                // Staff see every change to an existing account they made, so none goes unnoticed.
                if (result.WasReset)
                {
                    said.Add(text["Cohort.AccountReset", row.Email].Value);
                }

                if (result.PreviousName is not null)
                {
                    said.Add(text["Cohort.NameChanged", row.Email, result.PreviousName, row.FullName].Value);
                }

                if (result.PreviousOrganization is not null)
                {
                    said.Add(text["Cohort.OrganizationChanged", row.Email, result.PreviousOrganization, row.Organization].Value);
                }
            }

            var inviter = await db.Users.Where(u => u.Id == users.GetUserId(User)).Select(u => u.FullName).SingleOrDefaultAsync() ?? "";
            foreach (var user in invited)
            {
                await emails.QueueInvitationAsync(user, await users.GenerateUserTokenAsync(user, InvitationTokens.Provider, InvitationTokens.Purpose), cohort.Name, inviter);
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        emails.DeliverSoon();
        TempData["Notice"] = string.Join(" ", [text["Cohort.Imported", rows.Count, invited.Count].Value, .. said]);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/reminders")]
    public async Task<IActionResult> SaveReminders(int id, [Bind(Prefix = "Reminders")] ReminderSettingsModel reminders)
    {
        var cohort = await db.Cohorts.FindAsync(id);
        if (cohort is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await DetailsViewAsync(id, [], reminders);
        }

        cohort.SetReminders(reminders.ToSettings());
        await db.SaveChangesAsync();
        TempData["Notice"] = text["Reminders.Saved"].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> DetailsViewAsync(int id, IReadOnlyList<string> importErrors, ReminderSettingsModel? reminders = null)
    {
        var language = HttpContext.Language();
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Courses).Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id);
        if (cohort is null)
        {
            return NotFound();
        }

        var courseIds = cohort.Courses.Select(c => c.CourseId).ToList();
        var courses = await db.Courses.Where(c => courseIds.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync();
        var memberIds = cohort.Members.Select(m => m.LearnerId).ToList();
        var members = await db.Users.Where(u => memberIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.Email, Organization = db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync();
        var joined = cohort.Members.ToDictionary(m => m.LearnerId, m => m.JoinedAt);
        var organization = await db.Organizations.Where(o => o.Id == cohort.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync();
        if (importErrors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View("Details", new CohortDetailsViewModel(
            cohort.Id, cohort.Name, organization, cohort.StartDate, cohort.EndDate, cohort.JoinCode,
            $"{options.Value.PublicBaseUrl.TrimEnd('/')}/account/sign-up?code={cohort.JoinCode}",
            [.. courses.Select(c => c.Title(language))],
            [.. members.OrderBy(m => m.FullName).Select(m => new CohortMemberRow(m.Id, m.FullName, m.Email!, m.Organization, joined[m.Id]))],
            importErrors,
            reminders ?? ReminderSettingsModel.From(cohort.Reminders)));
    }

    private async Task<CohortFormModel> WithOptionsAsync(CohortFormModel model)
    {
        var language = HttpContext.Language();
        model.Organizations = await db.Organizations.OrderBy(o => o.Name).Select(o => new OrganizationOption(o.Id, o.Name)).ToListAsync();
        var courses = await db.Courses.Where(c => c.IsPublished).ToListAsync();
        model.Courses = [.. courses
            .OrderBy(c => CompetenceAreas.Find(c.AreaId)?.Code).ThenBy(c => c.Id)
            .Select(c => new CourseOption(c.Id, c.Title(language), CompetenceAreas.Find(c.AreaId)?.Name(language) ?? c.AreaId))];
        return model;
    }
}
