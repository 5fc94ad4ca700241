using Dice.Lms.Domain.Audit;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>The security event log (docs/security.md), for administrators only: filter, read, page.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("admin/audit")]
public sealed class AdminAuditController(LmsDbContext db, IStringLocalizer<SharedResource> text) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(AuditFilter filter)
    {
        // A date or event type that does not parse is said, not silently dropped from the filter.
        var problems = ModelState.IsValid ? filter.Problems(text) : [text["Audit.BadFilter"].Value];
        filter.Page = Math.Max(1, filter.Page);
        var query = db.AuditEvents.AsQueryable();
        if (problems.Count == 0)
        {
            if (filter.Type is { } type)
            {
                query = query.Where(e => e.Type == type);
            }

            if (!string.IsNullOrWhiteSpace(filter.Who))
            {
                // An account's address (or part of it) matches its events as actor or subject, and the addresses typed.
                var term = filter.Who.Trim();
                var ids = db.Users.Where(u => u.Email!.Contains(term)).Select(u => u.Id);
                query = query.Where(e => ids.Contains(e.ActorId!) || ids.Contains(e.SubjectId!) || e.Target!.Contains(term));
            }

            if (filter.From is { } from)
            {
                var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                query = query.Where(e => e.OccurredAt >= start);
            }

            if (filter.To is { } to)
            {
                var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                query = query.Where(e => e.OccurredAt < end);
            }
        }
        else
        {
            query = query.Where(_ => false);
        }

        var total = await query.CountAsync();
        var rows = await query
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((filter.Page - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new SecurityEventRow(
                e.OccurredAt,
                e.Type,
                db.Users.Where(u => u.Id == e.ActorId).Select(u => u.Email).FirstOrDefault(),
                db.Users.Where(u => u.Id == e.SubjectId).Select(u => u.Email).FirstOrDefault(),
                e.Target,
                e.ClientAddress))
            .ToListAsync();
        return View(new AuditListViewModel(rows, filter, problems, (total + PageSize - 1) / PageSize, total));
    }
}
