using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Jobs;
using Dice.Lms.Web.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Dice.Lms.Web;

public static class WebPipeline
{
    /// <summary>Work done once before the first request.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        RecurringJobs.Register(scope.ServiceProvider.GetRequiredService<IRecurringJobManager>());
        if (app.Environment.IsDevelopment())
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<DemoSeed>().EnsureAsync();
            app.Logger.LogWarning("Development demo accounts (do not use outside Development):{Accounts}", accounts);
        }
    }

    public static WebApplication UseLmsPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Before the status-code pages, so an error page keeps the language of the request that failed.
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseResponseCompression();
        app.MapStaticAssets();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).DisableHttpMetrics();
        app.MapControllers();
        return app;
    }
}
