using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Infrastructure.Xapi;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `xapi drain`.</summary>
internal static class XapiVerbs
{
    internal static async Task<int> DrainXapiAsync(IServiceProvider services, TextWriter output)
    {
        if (!services.GetRequiredService<IOptions<LmsOptions>>().Value.Xapi.IsEnabled)
        {
            throw new CommandLineException("no learning record store is configured (Lms:Xapi:Endpoint): nothing is queued or sent");
        }

        var result = await services.GetRequiredService<XapiDeliveryJob>().DrainAsync(CancellationToken.None);
        await output.WriteLineAsync($"sent {result.Sent} statement(s); {result.Failed} failed this time, {result.Waiting} waiting");
        return result.Failed > 0 ? 1 : 0;
    }
}
