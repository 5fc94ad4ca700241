using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `email drain`.</summary>
internal static class EmailVerbs
{
    internal static async Task<int> DrainEmailAsync(IServiceProvider services, TextWriter output)
    {
        var sent = await services.GetRequiredService<EmailDeliveryJob>().RunAsync(CancellationToken.None);
        var db = services.GetRequiredService<LmsDbContext>();
        var waiting = await db.OutboxEmails.CountAsync(e => e.Status == Dice.Lms.Domain.Email.OutboxStatus.Pending);
        var failed = await db.OutboxEmails.CountAsync(e => e.Status == Dice.Lms.Domain.Email.OutboxStatus.Failed);
        var unconfirmed = await db.OutboxEmails.CountAsync(e => e.Status == Dice.Lms.Domain.Email.OutboxStatus.Unconfirmed);
        await output.WriteLineAsync($"sent {sent} e-mail(s); {waiting} waiting for a retry, {failed} failed for good, {unconfirmed} unconfirmed (delivery interrupted)");
        return 0;
    }
}
