using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Certificates;
using Dice.Lms.Infrastructure.Authoring;
using Dice.Lms.Infrastructure.Cohorts;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Credentials;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Jobs;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Infrastructure.Proficiency;
using Dice.Lms.Infrastructure.Quizzes;
using Dice.Lms.Infrastructure.Reminders;
using Dice.Lms.Infrastructure.Time;
using Dice.Lms.Infrastructure.Xapi;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddLmsInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<LmsOptions>().BindConfiguration(LmsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var lms = configuration.GetSection(LmsOptions.Section).Get<LmsOptions>() ?? new LmsOptions();
        var paths = new LmsPaths(environment);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LocalTime>();

        services.AddSingleton<AccountStamps>();
        services.AddSingleton<AccountSessions>();
        services.AddSingleton<AccountThrottle>();
        services.AddSingleton<AccountChanges>();
        services.AddSingleton<CourseOutlines>();
        services.AddSingleton<CourseChanges>();

        // Database: SQLite file by default, PostgreSQL or SQL Server on a server. Pooled contexts: a page does not pay for setting one up.
        var connectionString = configuration.GetConnectionString("Lms");
        switch (lms.Database.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new OptionsValidationException("ConnectionStrings:Lms", typeof(LmsOptions),
                        ["ConnectionStrings:Lms is required when Lms:Database:Provider is SqlServer."]);
                }

                services.AddDbContextPool<LmsDbContext, SqlServerLmsDbContext>((s, o) => o.UseSqlServer(connectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(s.GetRequiredService<AccountChanges>(), s.GetRequiredService<CourseChanges>()));
                break;
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new OptionsValidationException("ConnectionStrings:Lms", typeof(LmsOptions),
                        ["ConnectionStrings:Lms is required when Lms:Database:Provider is PostgreSql."]);
                }

                services.AddDbContextPool<LmsDbContext, PostgreSqlLmsDbContext>((s, o) => o.UseNpgsql(connectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(s.GetRequiredService<AccountChanges>(), s.GetRequiredService<CourseChanges>()));
                break;
            default:
                var sqlite = SqliteConnectionString(connectionString, paths);
                services.AddDbContextPool<LmsDbContext, SqliteLmsDbContext>((s, o) =>
                {
                    o.UseSqlite(sqlite, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(s.GetRequiredService<AccountChanges>(), s.GetRequiredService<CourseChanges>());
                    // FULL is SQLite's own default: only another setting costs a statement per opened connection.
                    if (lms.Database.SqliteSynchronous != SqliteSynchronous.Full)
                    {
                        o.AddInterceptors(new SqliteSynchronousSetting(lms.Database.SqliteSynchronous));
                    }
                });
                break;
        }

        // Keys shared through the database, so every web node can read every node's cookies and tokens.
        var dataProtection = services.AddDataProtection().SetApplicationName("Dice.Lms").PersistKeysToDbContext<LmsDbContext>();
        // Encrypted at rest when a certificate is configured (docs/security.md); every node needs the same certificate.
        if (KeyEncryptionCertificate.Load(configuration[KeyEncryptionCertificate.PathKey], configuration[KeyEncryptionCertificate.PasswordKey], paths) is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddIdentity<LmsUser, IdentityRole>(o =>
            {
                // NIST SP 800-63B: length, not composition rules.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                // No lockout: anyone could lock anyone out with wrong passwords. AccountThrottle slows guessing instead.
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = true;
                // The user name is the e-mail address: every character an address may hold before the @ (RFC 5322 atext),
                // so that o'neil@example.org can sign up; spaces and control characters stay out.
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.@!#$%&'*+-/=?^_`{|}~";
                o.SignIn.RequireConfirmedEmail = false;
            })
            .AddEntityFrameworkStores<LmsDbContext>()
            .AddSignInManager<LmsSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokens>(InvitationTokens.Provider);

        // E-mail: outbox rows drained by a job to a pickup folder or an SMTP server.
        services.AddScoped<UserAccounts>();
        services.AddScoped<CohortEnrollment>();
        services.AddScoped<CohortSaving>();
        services.AddScoped<Outbox>();
        services.AddScoped<EmailDeliveryJob>();
        // xAPI: statements queued with the learning they record, sent by a job to the configured record store.
        services.AddScoped<XapiQueue>();
        services.AddScoped<XapiDeliveryJob>();
        services.AddHttpClient(XapiDeliveryJob.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<UnsubscribeLinks>();
        // Reminders: the web project supplies IReminderMessages, which writes them with the site's strings.
        services.AddScoped<ReminderJob>();
        if (lms.Email.Delivery == EmailDelivery.Smtp)
        {
            services.AddSingleton<IEmailDelivery, SmtpEmailDelivery>();
        }
        else
        {
            services.AddSingleton<IEmailDelivery, PickupEmailDelivery>();
        }

        // Jobs: in-memory storage by default; durable state lives in the application's own tables.
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            var jobs = configuration.GetConnectionString("Jobs") ?? connectionString;
            if (lms.Jobs.Storage == JobStorageKind.SqlServer)
            {
                config.UseSqlServerStorage(jobs, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
            }
            else if (lms.Jobs.Storage == JobStorageKind.PostgreSql)
            {
                // Long polling (LISTEN/NOTIFY): a job queued on one node wakes the idle workers of every node at once,
                // instead of waiting for each worker's next poll (15 s).
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(jobs), new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, EnableLongPolling = true });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        if (lms.Jobs.RunServer)
        {
            services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        }

        // Course content: one Markdig pipeline and one HTML cache for the whole process.
        services.AddSingleton<ModuleRenderer>();
        services.AddSingleton(new RenderedHtmlCache());
        services.AddSingleton(new ModuleVersionCache());
        services.AddSingleton<LessonHtml>();
        services.AddSingleton<ModuleQuizzes>();
        services.AddScoped<ContentImport>();
        services.AddScoped<ModuleDrafts>();
        services.AddScoped<CourseExport>();

        // Certificates: codes hashed and encrypted with a key kept outside the database; PDFs drawn on demand.
        services.AddSingleton<CertificateCodes>();
        services.AddSingleton<CertificatePdf>();
        services.AddSingleton<ProgrammeReportPdf>();
        // Open Badges credentials: signed with keys kept in a folder beside the site, like the code key.
        services.AddSingleton<CredentialKeys>();
        services.AddSingleton<CredentialSigner>();

        services.AddScoped<ProficiencyJob>();
        services.AddScoped<BaselineImport>();
        services.AddScoped<Privacy.PersonalData>();
        services.AddHttpContextAccessor();
        services.AddScoped<Audit.AuditTrail>();
        services.AddScoped<Audit.AuditRetentionJob>();

        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks()
            .AddDbContextCheck<LmsDbContext>("database")
            .AddCheck<JobServerHealthCheck>("jobs");
        return services;
    }

    /// <summary>Makes a relative SQLite file path relative to the content root and creates its folder.</summary>
    private static string SqliteConnectionString(string? connectionString, LmsPaths paths)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=App_Data/lms.db" : connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = paths.Resolve(builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
