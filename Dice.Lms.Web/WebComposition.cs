using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dice.Lms.Domain;
using Dice.Lms.Web.Certification;
using Dice.Lms.Web.Email;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Proficiency;
using Dice.Lms.Web.Security;
using Dice.Lms.Web.Startup;
using Dice.Lms.Web.Xapi;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace Dice.Lms.Web;

public static class WebComposition
{
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [new(Languages.Mongolian), new(Languages.English)];

    public static IServiceCollection AddLmsWeb(this IServiceCollection services, IWebHostEnvironment environment)
    {
        // Every UI string comes from Resources/SharedResource.{mn,en}.resx.
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Languages.Mongolian);
            o.SupportedCultures = [.. Cultures];
            o.SupportedUICultures = [.. Cultures];
            // Mongolian unless the learner chose otherwise: the browser's own language is not asked.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddControllersWithViews(o =>
            {
                // Every POST, PUT, PATCH and DELETE must carry a valid antiforgery token.
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            // Validation happens on the server; no data-val-* attributes for a script that is never sent.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "dice.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            // A changed password, role or suspension ends every other session at its next request.
            o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        });
        services.AddLmsProxyTrust();
        services.AddLmsRateLimits();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "dice.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        // Cyrillic as characters, not &#x...; entities: a Mongolian page is a third of the size.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddResponseCompression(o => o.EnableForHttps = true);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Registered after Identity's own, so this one is used.
        services.AddScoped<Microsoft.AspNetCore.Identity.IdentityErrorDescriber, LocalizedIdentityErrors>();
        services.AddScoped<Microsoft.AspNetCore.Identity.IPasswordValidator<Dice.Lms.Infrastructure.Identity.LmsUser>, CommonPasswords>();
        services.AddScoped<DemoSeed>();
        services.AddSingleton<Dice.Lms.Web.Offline.ServiceWorkerScript>();

        services.AddScoped<DemoCohorts>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<CertificateIssuing>();
        services.AddScoped<OpenBadgeCredentials>();
        services.AddScoped<LearningRecords>();
        services.AddScoped<CertificateBatchJob>();
        services.AddScoped<ModuleEditorPage>();
        services.AddSingleton<Dice.Lms.Infrastructure.Reminders.IReminderMessages, ReminderMessages>();
        services.AddSingleton<SelfAssessmentQuestions>();
        return services;
    }
}
