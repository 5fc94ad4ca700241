using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `database copy`.</summary>
internal static class DatabaseVerbs
{
    internal static async Task<int> CopyDatabaseAsync(IServiceProvider services, VerbOptions options, TextWriter output, TextWriter error)
    {
        var to = options.Required("to");
        if (!Enum.TryParse<DatabaseProvider>(options.Required("to-provider"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new CommandLineException("--to-provider must be Sqlite, SqlServer or PostgreSql");
        }

        if (await DatabaseConnection.ProblemAsync(kind, to, "--to") is { } problem)
        {
            throw new CommandLineException(problem);
        }

        await using var target = DatabaseCopy.CreateContext(kind, to);
        IReadOnlyList<DatabaseCopy.TableResult> results;
        try
        {
            results = await new DatabaseCopy(services.GetRequiredService<LmsDbContext>(), error).CopyToAsync(target);
        }
        catch (TargetNotEmptyException e)
        {
            throw new CommandLineException(e.Message);
        }

        foreach (var different in results.Where(r => !r.Matches))
        {
            await error.WriteLineAsync($"{different.Table}: {different.SourceRows} rows here, {different.TargetRows} in the copy; checksums {different.SourceChecksum} and {different.TargetChecksum}");
        }

        var matching = results.All(r => r.Matches);
        await output.WriteLineAsync($"{results.Count} tables, {results.Sum(r => r.SourceRows)} rows copied to {kind}; " +
            (matching ? "row counts and checksums match" : "some tables differ (above)"));
        return matching ? 0 : 1;
    }
}
