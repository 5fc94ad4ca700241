using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>
/// The real site on a real SQLite file in a fresh temporary folder (or a new database on the test PostgreSQL server),
/// with e-mail written to a pickup folder there.
/// Environment "Testing": no demo accounts, production error pages.
/// </summary>
public sealed class LmsWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public LmsWebFactory(IDictionary<string, string?>? settings = null, TestProvider provider = TestProvider.Sqlite)
    {
        Folder = Path.Combine(Path.GetTempPath(), "dice-lms-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Database = TestDatabase.Create(provider, Folder);
        _settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Lms:Email:PickupDirectory"] = MailFolder,
            ["Lms:Credentials:KeyFolder"] = Path.Combine(Folder, "credential-keys"),
            ["Lms:PublicBaseUrl"] = "http://lms.test",
            ["Lms:Content:ImportOnStart"] = "false",
            // Every test request comes from one address; tests of the limit itself set their own.
            ["Lms:Security:AccountPostsPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>A site that imports the shipped courses of content/ at start, as a fresh installation does.</summary>
    public static LmsWebFactory WithShippedContent(TestProvider provider = TestProvider.Sqlite) =>
        WithContent(Path.Combine(Repository.Root, "content"), provider);

    /// <summary>A site that imports the courses of <paramref name="contentPath"/> at start.</summary>
    public static LmsWebFactory WithContent(string contentPath, TestProvider provider = TestProvider.Sqlite) => new(new Dictionary<string, string?>
    {
        ["Lms:Content:ImportOnStart"] = "true",
        ["Lms:Content:Path"] = contentPath,
    }, provider);

    public string Folder { get; }

    /// <summary>The site's database; its settings point a verb (<see cref="Cli"/>) at the same one.</summary>
    public TestDatabase Database { get; }

    public string MailFolder => Path.Combine(Folder, "mail");

    /// <summary>Every warning or error the site logged, as "category: message".</summary>
    public IReadOnlyCollection<string> Warnings => _warnings.Entries;

    private readonly WarningLog _warnings = new();

    /// <summary>The site's own log events (Dice.Lms categories, information and up), with their named properties.</summary>
    public IReadOnlyCollection<SiteLogEvent> LogEvents => _events.Entries;

    private readonly SiteLog _events = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Serve wwwroot as a published site would (fingerprinted and pre-compressed files) outside Development too.
        builder.UseStaticWebAssets();
        builder.ConfigureLogging(logging => logging.AddProvider(_warnings).AddProvider(_events));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Null when the constructor failed (no test server): the finalizer still runs and must not crash the test host.
        Database?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>Collects the site's structured log events, so tests can read what a log collector would.</summary>
    private sealed class SiteLog : ILoggerProvider
    {
        public ConcurrentQueue<SiteLogEvent> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Category(Entries, categoryName);

        public void Dispose()
        {
        }

        private sealed class Category(ConcurrentQueue<SiteLogEvent> entries, string name) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && name.StartsWith("Dice.Lms", StringComparison.Ordinal);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
                    entries.Enqueue(new SiteLogEvent(name, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value)));
                }
            }
        }
    }

    /// <summary>Collects warnings and errors: a page that makes the framework warn on every view is a defect.</summary>
    private sealed class WarningLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Category(Entries, categoryName);

        public void Dispose()
        {
        }

        private sealed class Category(ConcurrentQueue<string> entries, string name) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{name}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.Message)}");
                }
            }
        }
    }
}

/// <summary>One log event: its category, rendered message and named properties (as a structured log sink gets them).</summary>
public sealed record SiteLogEvent(string Category, string Message, IReadOnlyDictionary<string, object?> Properties);
