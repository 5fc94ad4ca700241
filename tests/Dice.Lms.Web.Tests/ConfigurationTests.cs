using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

public sealed class ConfigurationTests
{
    [TestCase("Lms:Database:Provider", "Oracle", "Lms:Database:Provider")]
    [TestCase("Lms:Jobs:Storage", "Redis", "Lms:Jobs:Storage")]
    [TestCase("Lms:Email:Delivery", "Pigeon", "Lms:Email:Delivery")]
    [TestCase("Lms:PublicBaseUrl", "not a url", "Lms:PublicBaseUrl")]
    [TestCase("Lms:TimeZone", "Asia/Ulan_Bator_Not", "Lms:TimeZone")]
    [TestCase("Lms:TimeZone", "", "Lms:TimeZone")]
    [TestCase("Lms:Email:From", "not an address", "Lms:Email:From")]
    [TestCase("Lms:Database:SqliteSynchronous", "Off", "Lms:Database:SqliteSynchronous")]
    [TestCase("Lms:Email:Smtp:Port", "65536", "Lms:Email:Smtp:Port must be between 1 and 65535, or 0 for the usual port")]
    [TestCase("Lms:Email:Smtp:Port", "-1", "Lms:Email:Smtp:Port must be between 1 and 65535, or 0 for the usual port")]
    [TestCase("Lms:Proxy:KnownProxies", "10.0.0.1, proxy.example.mn", "Lms:Proxy:KnownProxies")]
    [TestCase("Lms:Proxy:KnownProxies:0", "10.0.0.256", "Lms:Proxy:KnownProxies")]
    [TestCase("Lms:Proxy:KnownNetworks", "10.0.0.0/8,10.1.0.0/33", "Lms:Proxy:KnownNetworks")]
    [TestCase("Lms:Proxy:KnownNetworks", "10.0.0.1/8", "Lms:Proxy:KnownNetworks")]
    public void AnInvalidSettingStopsStartUpNamingTheKey(string key, string value, string named)
    {
        using var factory = new LmsWebFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Catch(() => factory.CreateClient());

        Assert.That(Flatten(error), Does.Contain(named));
    }

    [Test]
    public void SmtpDeliveryNeedsAHost()
    {
        using var factory = new LmsWebFactory(new Dictionary<string, string?> { ["Lms:Email:Delivery"] = "Smtp" });

        var error = Assert.Catch(() => factory.CreateClient());

        Assert.That(Flatten(error), Does.Contain("Lms:Email:Smtp:Host"));
    }

    [TestCase(null, 2L)]
    [TestCase("Full", 2L)]
    [TestCase("Normal", 1L)]
    public async Task SqliteWaitsForTheDiskAsConfigured(string? setting, long expected)
    {
        using var factory = new LmsWebFactory(setting is null ? null : new Dictionary<string, string?> { ["Lms:Database:SqliteSynchronous"] = setting });
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();

        // Every connection a request opens gets the setting, not only the first one.
        var seen = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            seen.Add(await db.Database.SqlQueryRaw<long>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
        }

        Assert.That(seen, Is.All.EqualTo(expected));
    }

    private static string Flatten(Exception? e) => e is null ? "" : e.Message + " | " + Flatten(e.InnerException)
        + (e is AggregateException a ? string.Join(" | ", a.InnerExceptions.Select(Flatten)) : "");
}
