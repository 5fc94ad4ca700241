using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests;

public sealed class ConfigurationTests
{
    [TestCase("Lms:Database:Provider", "Oracle", "Lms:Database:Provider")]
    [TestCase("Lms:Jobs:Storage", "Redis", "Lms:Jobs:Storage")]
    [TestCase("Lms:Email:Delivery", "Pigeon", "Lms:Email:Delivery")]
    [TestCase("Lms:PublicBaseUrl", "not a url", "Lms:PublicBaseUrl")]
    [TestCase("Lms:Email:From", "not an address", "Lms:Email:From")]
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

    [Test]
    public void SqlServerNeedsAConnectionString()
    {
        using var factory = new LmsWebFactory(new Dictionary<string, string?> { ["Lms:Database:Provider"] = "SqlServer", ["ConnectionStrings:Lms"] = "" });

        var error = Assert.Catch(() => factory.CreateClient());

        Assert.That(Flatten(error), Does.Contain("ConnectionStrings:Lms"));
    }

    private static string Flatten(Exception? e) => e is null ? "" : e.Message + " | " + Flatten(e.InnerException)
        + (e is AggregateException a ? string.Join(" | ", a.InnerExceptions.Select(Flatten)) : "");
}
