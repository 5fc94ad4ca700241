using Dice.Lms.Infrastructure.Email;
using Hangfire;

namespace Dice.Lms.Infrastructure.Jobs;

/// <summary>The jobs every node registers at start (the same ids, so several nodes register them once).</summary>
public static class RecurringJobs
{
    public const string EmailDelivery = "email-delivery";

    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<EmailDeliveryJob>(EmailDelivery, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
    }
}
