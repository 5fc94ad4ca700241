using Dice.Lms.Infrastructure.Reminders;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `reminders run`.</summary>
internal static class ReminderVerbs
{
    internal static async Task<int> RunRemindersAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var result = await services.GetRequiredService<ReminderJob>().RunAsync(options.Date("as-of"), CancellationToken.None);
        await output.WriteLineAsync($"queued {result.Queued} reminder(s), kept {result.ForDigest} for the weekly digest, queued {result.Digests} digest(s)");
        return 0;
    }
}
