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

    /// <summary>The latest snapshot of each cohort (or of one), per area or per competence, in the contract's CSV shape or as JSON.</summary>
    internal static async Task<int> ReportProficiencyAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var db = services.GetRequiredService<LmsDbContext>();
        var name = options.Get("cohort");
        var by = options.Get("by") ?? "area";
        if (by is not ("area" or "competence"))
        {
            throw new CommandLineException($"--by must be area or competence, not '{by}'");
        }

        var format = options.Get("format") ?? "csv";
        if (format is not ("csv" or "json" or "pdf"))
        {
            throw new CommandLineException($"--format must be csv, json or pdf, not '{format}'");
        }

        var cohorts = await db.Cohorts.Where(c => name == null || c.Name == name).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync();
        if (name is not null && cohorts.Count == 0)
        {
            throw new CommandLineException($"no cohort named '{name}'");
        }

        if (format == "pdf")
        {
            var file = options.Required("out");
            var report = await ProgrammeReport.BuildAsync(db, [.. cohorts.Select(c => c.Id)], name ?? "Бүх бүлэг / All cohorts");
            await File.WriteAllBytesAsync(file, services.GetRequiredService<ProgrammeReportPdf>().Render(report));
            await output.WriteLineAsync($"wrote the programme report to {file}");
            return 0;
        }

        var areas = new List<ReportRow>();
        var competences = new List<CompetenceReportRow>();
        foreach (var cohort in cohorts)
        {
            var latest = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort.Id).MaxAsync(s => (DateOnly?)s.Date);
            if (latest is null)
            {
                throw new CommandLineException($"cohort '{cohort.Name}' has no proficiency yet: run `proficiency compute` first");
            }

            var day = await db.ProficiencySnapshots.Where(s => s.CohortId == cohort.Id && s.Date == latest && s.Location == ProficiencySnapshot.WholeCohort).ToListAsync();
            areas.AddRange(CohortReport.FromSnapshots(cohort.Name, day));
            competences.AddRange(CompetenceReport.FromSnapshots(cohort.Name, day));
        }

        await output.WriteAsync((by, format) switch
        {
            ("area", "csv") => CsvFiles.Write(CohortReport.CsvHeader, areas.Select(CohortReport.CsvFields)),
            ("area", _) => CohortReport.ToJson(areas) + "\n",
            (_, "csv") => CsvFiles.Write(CompetenceReport.CsvHeader, competences.Select(CompetenceReport.CsvFields)),
            _ => CompetenceReport.ToJson(competences) + "\n",
        });
        return 0;
    }
}
