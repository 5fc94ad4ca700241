using Dice.Lms.Infrastructure.Audit;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Infrastructure.Reminders;
using Dice.Lms.Infrastructure.Xapi;
using Hangfire;

namespace Dice.Lms.Infrastructure.Jobs;

/// <summary>The jobs every node registers at start (the same ids, so several nodes register them once).</summary>
public static class RecurringJobs
{
    public const string EmailDelivery = "email-delivery";
    public const string Proficiency = "proficiency";
    public const string Reminders = "reminders";
    public const string XapiDelivery = "xapi-delivery";
    public const string AuditRetention = "audit-retention";

    public static void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<EmailDeliveryJob>(EmailDelivery, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<XapiDeliveryJob>(XapiDelivery, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        // Nightly, after the day's learning in Mongolia (UTC+8).
        jobs.AddOrUpdate<ProficiencyJob>(Proficiency, job => job.RunAsync(CancellationToken.None), Cron.Daily(18));
        // Every morning in Mongolia (01:00 UTC = 09:00 UTC+8); on Mondays the same run queues the weekly digests.
        jobs.AddOrUpdate<ReminderJob>(Reminders, job => job.RunAsync(null, CancellationToken.None), Cron.Daily(1));
        // At night in Mongolia, after the proficiency job.
        jobs.AddOrUpdate<AuditRetentionJob>(AuditRetention, job => job.RunAsync(CancellationToken.None), Cron.Daily(19));
    }
}
