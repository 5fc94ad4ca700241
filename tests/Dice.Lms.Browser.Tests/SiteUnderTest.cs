using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 (a fresh SQLite file, Development demo accounts) and Debian's Chromium driven
/// by Playwright, shared by every browser test in the assembly.
/// </summary>
[SetUpFixture]
public sealed class SiteUnderTest
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static Factory? _factory;
    private static IPlaywright? _playwright;

    public static string BaseUrl { get; private set; } = "";

    public static IBrowser Browser { get; private set; } = null!;

    public static string Folder { get; private set; } = "";

    public static IServiceProvider Services => _factory!.Services;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"{ChromiumPath} is missing: install Debian's chromium (scripts/test.sh does).");
        }

        Folder = Path.Combine(Path.GetTempPath(), "dice-lms-browser", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _factory = new Factory(Folder);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox as root in CI; no background traffic to hosts this machine cannot reach.
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private sealed class Factory(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Lms", $"Data Source={Path.Combine(folder, "lms.db")}");
            builder.UseSetting("Lms:Email:PickupDirectory", Path.Combine(folder, "mail"));
            // Every browser of the tests signs in from 127.0.0.1.
            builder.UseSetting("Lms:Security:AccountPostsPerMinute", "100000");
        }
    }
}
