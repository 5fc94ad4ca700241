using Dice.Lms.Infrastructure.Proficiency;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `baseline import`.</summary>
internal static class BaselineVerbs
{
    internal static async Task<int> ImportBaselineAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var file = options.Positional.Count == 1 ? options.Positional[0] : throw new CommandLineException("baseline import needs one FILE");
        if (!File.Exists(file))
        {
            throw new CommandLineException($"no file {file}");
        }

        var (imported, errors) = await services.GetRequiredService<BaselineImport>().ImportAsync(await File.ReadAllTextAsync(file), options.Required("cohort"));
        foreach (var problem in errors)
        {
            await error.WriteLineAsync(problem.ToString());
        }

        if (errors.Count > 0)
        {
            await error.WriteLineAsync("nothing was imported");
            return 1;
        }

        await output.WriteLineAsync($"imported the baseline of {imported} learner(s)");
        return 0;
    }
}
