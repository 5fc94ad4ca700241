using System.Text;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Startup;

/// <summary>
/// Development only: one account per role, a demo organisation and a demo cohort with every course, so a developer can
/// try each page at once, and the two baseline-shaped cohorts of <see cref="DemoCohorts"/>. Never runs outside Development.
/// </summary>
public sealed class DemoSeed(LmsDbContext db, UserAccounts accounts, CohortEnrollment enrollment, DemoCohorts cohorts, IWebHostEnvironment environment)
{
    public const string Password = "dice-demo-2026";
    public const string OrganizationName = "Говийн Ирээдүй ТББ (demo)";
    public const string CohortName = "DICE Demo Umnugobi";
    public const string JoinCode = "DEMO2026AB";

    public static IReadOnlyList<(string Email, string Name, string Role)> Accounts { get; } =
    [
        ("learner@example.org", "Сарангэрэл Батбаяр", Roles.Learner),
        ("trainer@example.org", "Ганбаатар Дорж", Roles.Trainer),
        ("staff@example.org", "Оюунчимэг Лхагва", Roles.Staff),
        ("admin@example.org", "Admin Demo", Roles.Admin),
    ];

    /// <summary>Creates what is missing and returns a printable list of the accounts.</summary>
    public async Task<string> EnsureAsync()
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("Demo accounts exist only in Development.");
        }

        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Name == OrganizationName);
        if (organization is null)
        {
            organization = new Organization(OrganizationName, "Umnugobi", "education, community", "women, herders, youth");
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
        }

        var cohort = await db.Cohorts.Include(c => c.Courses).Include(c => c.Members).SingleOrDefaultAsync(c => c.Name == CohortName);
        if (cohort is null)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            cohort = new Cohort(CohortName, organization.Id, today.AddDays(-7), today.AddMonths(3), JoinCode);
            db.Cohorts.Add(cohort);
        }

        cohort.AssignCourses(await db.Courses.Where(c => c.IsPublished).Select(c => c.Id).ToListAsync());
        await db.SaveChangesAsync();
        await enrollment.EnrollMembersAsync(cohort);
        await db.SaveChangesAsync();

        var list = new StringBuilder();
        foreach (var (email, name, role) in Accounts)
        {
            var exists = await db.Users.AnyAsync(u => u.Email == email);
            if (!exists)
            {
                var result = await accounts.CreateOrUpdateAsync(new AccountRequest(email, name, role, Password, OrganizationName,
                    role == Roles.Learner ? CohortName : null, EmailConfirmed: true));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors)}");
                }
            }

            list.Append($"{Environment.NewLine}  {role,-8} {email} / {Password}");
        }

        list.Append($"{Environment.NewLine}  cohort '{CohortName}', join code {JoinCode}");
        var staff = await db.Users.SingleAsync(u => u.Email == "staff@example.org");
        await cohorts.EnsureAsync(staff.Id);
        list.Append($"{Environment.NewLine}  cohorts '{DemoCohorts.UlaanbaatarCohort}' and '{DemoCohorts.UmnugobiCohort}': baseline, progress, certificates");
        return list.ToString();
    }
}
