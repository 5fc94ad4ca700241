using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Csv;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Proficiency;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `proficiency compute` and `proficiency report`.</summary>
internal static class ProficiencyVerbs
{
    internal static async Task<int> ComputeProficiencyAsync(IServiceProvider services, TextWriter output)
    {
        var cohorts = await services.GetRequiredService<ProficiencyJob>().RunAsync(CancellationToken.None);
        await output.WriteLineAsync($"computed proficiency for {cohorts} cohort(s)");
        return 0;
    }

    /// <summary>The latest snapshot of each cohort (or of one), in the contract's CSV shape or as JSON.</summary>
    internal static async Task<int> ReportProficiencyAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var db = services.GetRequiredService<LmsDbContext>();
        var name = options.Get("cohort");
        var cohorts = await db.Cohorts.Where(c => name == null || c.Name == name).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync();
        if (name is not null && cohorts.Count == 0)
        {
            throw new CommandLineException($"no cohort named '{name}'");
        }

        var rows = new List<ReportRow>();
        foreach (var cohort in cohorts)
        {
            var latest = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort.Id).MaxAsync(s => (DateOnly?)s.Date);
            if (latest is null)
            {
                throw new CommandLineException($"cohort '{cohort.Name}' has no proficiency yet: run `proficiency compute` first");
            }

            rows.AddRange(CohortReport.FromSnapshots(cohort.Name, await db.ProficiencySnapshots.Where(s => s.CohortId == cohort.Id && s.Date == latest && s.Location == ProficiencySnapshot.WholeCohort).ToListAsync()));
        }

        switch (options.Get("format") ?? "csv")
        {
            case "csv":
                await output.WriteAsync(CsvFiles.Write(CohortReport.CsvHeader, rows.Select(CohortReport.CsvFields)));
                break;
            case "json":
                await output.WriteLineAsync(CohortReport.ToJson(rows));
                break;
            case var other:
                throw new CommandLineException($"--format must be csv or json, not '{other}'");
        }

        return 0;
    }
}
