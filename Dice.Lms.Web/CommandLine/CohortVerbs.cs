using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Cohorts;
using Dice.Lms.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `cohorts create`.</summary>
internal static class CohortVerbs
{
    /// <summary>Creates the cohort named, or updates it: unset options keep what it has.</summary>
    internal static async Task<int> CreateCohortAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var db = services.GetRequiredService<LmsDbContext>();
        var saving = services.GetRequiredService<CohortSaving>();
        var name = options.Required("name").Trim();
        var courseIds = options.GetAll("course").SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var cohort = await db.Cohorts.Include(c => c.Courses).Include(c => c.Members).SingleOrDefaultAsync(c => c.Name == name);
        var change = new CohortChange(name, cohort?.OrganizationId, options.Date("start") ?? cohort?.StartDate, options.Date("end") ?? cohort?.EndDate,
            courseIds.Count > 0 ? courseIds : null);
        foreach (var problem in await saving.CheckAsync(change, cohort?.Id))
        {
            throw new CommandLineException(problem.Kind switch
            {
                CohortProblemKind.EndBeforeStart => "--end is before --start",
                CohortProblemKind.UnknownCourse => $"unknown course id(s): {string.Join(", ", problem.Values)} (see `content list --format json`)",
                var other => $"cannot save the cohort: {other}",
            });
        }

        if (await services.GetRequiredService<UserAccounts>().FindOrCreateOrganizationAsync(options.Get("organization")) is { } organization)
        {
            change = change with { OrganizationId = organization.Id };
        }

        var created = cohort is null;
        cohort = await saving.SaveAsync(cohort, change);
        await output.WriteLineAsync($"{(created ? "created" : "updated")} cohort '{cohort.Name}' (join code {cohort.JoinCode}, {cohort.Courses.Count} course(s))");
        return 0;
    }
}
