using System.Net;
using System.Net.Sockets;
using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests;

/// <summary>A connection string that is malformed or leads nowhere stops the program with one plain line.</summary>
[Category(Needs.Process)]
public sealed class DatabaseConnectionTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dice-lms-cli", Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    public static IEnumerable<TestCaseData> BadDatabases()
    {
        yield return new TestCaseData("Sqlite", "Data", "not a valid Sqlite connection string").SetName("A malformed SQLite connection string");
        yield return new TestCaseData("PostgreSql", "Data", "not a valid PostgreSql connection string").SetName("A malformed PostgreSQL connection string");
        yield return new TestCaseData("PostgreSql", $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Timeout=3", "cannot connect to the PostgreSql database")
            .SetName("A PostgreSQL server that does not answer");
        yield return new TestCaseData("SqlServer", "Server=tcp:127.0.0.1,1;Connect Timeout=3;TrustServerCertificate=true", "cannot connect to the SqlServer database")
            .SetName("A SQL Server that does not answer");
        yield return new TestCaseData("SqlServer", "", "ConnectionStrings:Lms is required").SetName("SQL Server without a connection string");
    }

    [TestCaseSource(nameof(BadDatabases))]
    public async Task TheSiteAndEveryVerbStopWithOnePlainLine(string provider, string connectionString, string problem)
    {
        var settings = new Dictionary<string, string?> { ["Lms:Database:Provider"] = provider, ["ConnectionStrings:Lms"] = connectionString };

        foreach (var args in new[] { Array.Empty<string>(), ["migrate"], ["proficiency", "report"] })
        {
            var result = await Cli.RunAsync(_folder, settings, args);

            var what = args.Length == 0 ? "the site" : string.Join(' ', args);
            Assert.That(result.ExitCode, Is.EqualTo(1), what);
            var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(1), $"{what}: {result.Error}");
            Assert.That(lines[0], Does.StartWith("ConnectionStrings:Lms").And.Contain(problem), what);
            Assert.That(result.Error, Does.Not.Contain("Exception").And.Not.Contain("   at "), what);
        }
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
