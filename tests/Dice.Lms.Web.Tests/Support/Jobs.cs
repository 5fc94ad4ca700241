using Dice.Lms.Domain.Email;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Support;

public static class Jobs
{
    /// <summary>
    /// Delivers the outbox now, as `email drain` does, and waits for a delivery the site's own job server started
    /// a moment earlier (it holds its e-mails until it is done).
    /// </summary>
    public static async Task DrainEmailAsync(this LmsWebFactory factory)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<EmailDeliveryJob>().RunAsync(CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var now = DateTime.UtcNow;
            var inFlight = await db.OutboxEmails.AnyAsync(e => e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now && e.ClaimedUntil != null && e.ClaimedUntil > now);
            if (!inFlight)
            {
                return;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "e-mail delivery did not finish");
            await Task.Delay(100);
        }
    }
}
