using Dice.Lms.Domain.Organizations;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

[Authorize(Roles = Roles.StaffOrAdmin)]
[Route("staff/organizations")]
public sealed class OrganizationsController(LmsDbContext db, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = await db.Organizations
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.Location, o.Sectors, o.TargetGroups, db.Users.Count(u => u.OrganizationId == o.Id)))
            .ToListAsync();
        return View(rows);
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new OrganizationFormModel());

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id)
    {
        var organization = await db.Organizations.FindAsync(id);
        return organization is null
            ? NotFound()
            : View(new OrganizationFormModel
            {
                Id = organization.Id,
                Name = organization.Name,
                Location = organization.Location,
                Sectors = organization.Sectors,
                TargetGroups = organization.TargetGroups,
            });
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(OrganizationFormModel model)
    {
        var name = model.Name?.Trim() ?? "";
        if (await db.Organizations.AnyAsync(o => o.Name == name && o.Id != model.Id))
        {
            ModelState.AddModelError(nameof(model.Name), text["Organization.NameTaken"]);
        }

        Organization? organization = null;
        if (model.Id is { } id && (organization = await db.Organizations.FindAsync(id)) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", model);
        }

        if (organization is null)
        {
            db.Organizations.Add(new Organization(name, model.Location, model.Sectors ?? "", model.TargetGroups ?? ""));
        }
        else
        {
            organization.Update(name, model.Location, model.Sectors ?? "", model.TargetGroups ?? "");
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A double submit or a colleague saved the same name a moment earlier.
            ModelState.AddModelError(nameof(model.Name), text["Organization.NameTaken"]);
            return View("Edit", model);
        }

        TempData["Notice"] = text["Organization.Saved", name].Value;
        return RedirectToAction(nameof(Index));
    }
}
