using Dice.Lms.Infrastructure;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Jobs;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Web.Security;
using Dice.Lms.Web.Startup;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web;

public static class WebPipeline
{
    /// <summary>Work done once before the first request.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        RecurringJobs.Register(scope.ServiceProvider.GetRequiredService<IRecurringJobManager>());
        var options = scope.ServiceProvider.GetRequiredService<IOptions<LmsOptions>>().Value;
        if (options.Content.ImportOnStart)
        {
            var folder = scope.ServiceProvider.GetRequiredService<LmsPaths>().Content(options.Content.Path);
            var report = await scope.ServiceProvider.GetRequiredService<ContentImport>().ImportAsync(folder);
            app.Logger.LogInformation("Content from {Folder}: {Courses} courses, {Versions} new module versions, {Archived} archived",
                folder, report.Courses, report.VersionsAdded, report.ModulesArchived);
            foreach (var problem in report.Problems.Where(p => p.IsError))
            {
                app.Logger.LogError("Content problem: {Problem}", problem);
            }

            foreach (var course in report.Refused.Concat(report.Conflicts))
            {
                app.Logger.LogWarning("Course {Course} was not imported (errors or browser edits); its last good version stays", course);
            }
        }

        if (app.Environment.IsDevelopment())
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<DemoSeed>().EnsureAsync();
            app.Logger.LogWarning("Development demo accounts (do not use outside Development):{Accounts}", accounts);
        }
    }

    public static WebApplication UseLmsPipeline(this WebApplication app)
    {
        // First: everything below (HSTS, cookies, rate limits) sees the client's address and scheme, not the proxy's.
        app.UseLmsProxyTrust();
        // Every cookie the site or the framework sets (sign-in, antiforgery, TempData, language) is Secure on HTTPS and
        // out of reach of scripts: none of the site's scripts reads a cookie.
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.SameAsRequest, HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always });
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
        app.UseRateLimiter();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new JobsDashboardAuthorization()],
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Dice.Lms.Infrastructure.Identity.Roles.Admin),
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).DisableHttpMetrics();
        // WithStaticAssets lets ~/ links point at fingerprinted files, which browsers keep for a year.
        app.MapControllers().WithStaticAssets();
        return app;
    }
}
