using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `quiz convert`.</summary>
internal static class QuizVerbs
{
    /// <summary>Prints the quiz block (or JSON); problems go to stderr with their line, and make the exit code 1.</summary>
    internal static async Task<int> ConvertQuizAsync(VerbOptions options, TextWriter output, TextWriter error)
    {
        var file = options.Positional.Count == 1 ? options.Positional[0] : throw new CommandLineException("quiz convert needs one FILE");
        if (!File.Exists(file))
        {
            throw new CommandLineException($"no file {file}");
        }

        var result = options.Required("from").ToLowerInvariant() switch
        {
            "gift" => GiftParser.Parse(await File.ReadAllTextAsync(file)),
            "aiken" => AikenParser.Parse(await File.ReadAllTextAsync(file)),
            var other => throw new CommandLineException($"--from must be gift or aiken, not '{other}'"),
        };
        switch ((options.Get("to") ?? "markdown").ToLowerInvariant())
        {
            case "json":
                await output.WriteLineAsync(QuizConversion.ToJson(result));
                break;
            case "markdown":
                await output.WriteAsync(QuizConversion.ToMarkdown(result.Questions));
                break;
            case var other:
                throw new CommandLineException($"--to must be markdown or json, not '{other}'");
        }

        foreach (var problem in result.Errors)
        {
            await error.WriteLineAsync($"{Path.GetFileName(file)}:{problem.Line}: {problem.Message}");
        }

        return result.Errors.Count > 0 ? 1 : 0;
    }
}
