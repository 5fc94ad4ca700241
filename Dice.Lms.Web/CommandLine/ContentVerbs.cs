using Dice.Lms.Infrastructure;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `content validate`, `content import` and `content list`.</summary>
internal static class ContentVerbs
{
    private static string ContentFolder(IServiceProvider services, VerbOptions options) =>
        options.Positional.Count > 0
            ? Path.GetFullPath(options.Positional[0])
            : services.GetRequiredService<LmsPaths>().Content(services.GetRequiredService<IOptions<LmsOptions>>().Value.Content.Path);

    internal static async Task<int> ValidateContentAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var folder = ContentFolder(services, options);
        if (!Directory.Exists(folder))
        {
            throw new CommandLineException($"no content folder at {folder}");
        }

        var problems = ContentValidator.Validate(folder, services.GetRequiredService<TimeProvider>());
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        var errors = problems.Count(p => p.IsError);
        await error.WriteLineAsync($"{errors} error(s), {problems.Count - errors} warning(s) in {folder}");
        return errors > 0 ? 1 : 0;
    }

    internal static async Task<int> ImportContentAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var folder = ContentFolder(services, options);
        if (!Directory.Exists(folder))
        {
            throw new CommandLineException($"no content folder at {folder}");
        }

        var report = await services.GetRequiredService<ContentImport>().ImportAsync(folder);
        foreach (var problem in report.Problems.Where(p => p.IsError))
        {
            await error.WriteLineAsync(problem.ToString());
        }

        foreach (var refused in report.Refused)
        {
            await error.WriteLineAsync($"course {refused} has errors: not imported, its last good version stays");
        }

        foreach (var conflict in report.Conflicts)
        {
            await error.WriteLineAsync($"course {conflict} was edited in the browser: content/ does not overwrite it");
        }

        await output.WriteLineAsync($"imported {report.Courses} course(s): {report.VersionsAdded} new module version(s), {report.ModulesArchived} module(s) archived");
        return report.Refused.Count + report.Conflicts.Count > 0 ? 1 : 0;
    }

    internal static async Task<int> ListContentAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        if (options.Get("format") is not (null or "json"))
        {
            throw new CommandLineException("--format must be json");
        }

        await output.WriteLineAsync(ContentCatalogJson.Write(await Catalog.ReadAsync(services.GetRequiredService<LmsDbContext>(), services.GetRequiredService<ModuleVersionCache>())));
        return 0;
    }
}
