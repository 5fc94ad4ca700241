using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>
/// Data Protection keys encrypted at rest with Lms:Security:KeyEncryptionCertificate: someone who reads the database
/// (a backup, a copied file) finds no key material; every node with the certificate reads the others' cookies.
/// </summary>
public sealed class KeyEncryptionTests
{
    private const string CertificatePassword = "pfx passphrase for the test";

    private string _folder = null!;
    private string _pfx = null!;

    [SetUp]
    public void MakeCertificate()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dice-lms-keys", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _pfx = Path.Combine(_folder, "keys.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Dice LMS key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        File.WriteAllBytes(_pfx, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase(false, Description = "the attack: without the setting the key is there to read")]
    [TestCase(true)]
    public async Task TheStoredKeyHoldsNoPlainKeyMaterialWithTheCertificate(bool encrypted)
    {
        using var site = new LmsWebFactory(encrypted ? Settings() : null);
        await site.CreateUserAsync("keys@example.org", Roles.Learner);
        var client = await site.SignedInClientAsync("keys@example.org");
        Assert.That((await client.GetAsync("/my/levels")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cookie works");

        await using var scope = site.Services.CreateAsyncScope();
        var xml = string.Concat(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.That(xml, Does.Contain("<key "));
        if (encrypted)
        {
            Assert.That(xml, Does.Contain("EncryptedData").And.Not.Contain("<masterKey"));
        }
        else
        {
            Assert.That(xml, Does.Contain("<masterKey").And.Contain("<value>"));
        }
    }

    [Test]
    public void AWrongPasswordStopsStartUpNamingTheSetting()
    {
        using var site = new LmsWebFactory(new Dictionary<string, string?>
        {
            [KeyEncryptionCertificate.PathKey] = _pfx,
            [KeyEncryptionCertificate.PasswordKey] = "not the password",
        });

        var error = Assert.Catch(() => site.CreateClient());

        Assert.That(Flatten(error), Does.Contain(KeyEncryptionCertificate.PasswordKey));
    }

    [Test]
    public void AMissingFileStopsStartUpNamingTheSetting()
    {
        using var site = new LmsWebFactory(new Dictionary<string, string?> { [KeyEncryptionCertificate.PathKey] = Path.Combine(_folder, "missing.pfx") });

        var error = Assert.Catch(() => site.CreateClient());

        Assert.That(Flatten(error), Does.Contain(KeyEncryptionCertificate.PathKey + ": no certificate file"));
    }

    [Test]
    [Category(Needs.Process)]
    public async Task ASecondProcessWithTheSameCertificateReadsTheFirstOnesCookies()
    {
        var storage = new Dictionary<string, string?>
        {
            ["Lms:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Lms"] = $"Data Source={Path.Combine(_folder, "lms.db")}",
            [KeyEncryptionCertificate.PathKey] = _pfx,
            [KeyEncryptionCertificate.PasswordKey] = CertificatePassword,
        };
        var created = await Cli.RunAsync(_folder, storage, "users", "create", "--email", "two@keys.test", "--name", "Two", "--role", "learner", "--password", Accounts.Password);
        Assert.That(created.ExitCode, Is.Zero, created.Error);
        var settings = storage.ToDictionary(p => p.Key, p => p.Value!);
        settings["ASPNETCORE_ENVIRONMENT"] = "Testing";
        settings["Lms:Content:ImportOnStart"] = "false";
        settings["Lms:Email:PickupDirectory"] = Path.Combine(_folder, "mail");
        await using var first = await SiteNode.StartAsync("first", _folder, settings);
        await using var second = await SiteNode.StartAsync("second", _folder, settings);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri($"http://127.0.0.1:{first.Port}/") };
        var signedIn = await browser.SubmitFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = "two@keys.test", ["Password"] = Accounts.Password });
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        using var other = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{second.Port}/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/my/levels");
        request.Headers.Add("Cookie", cookies.GetCookieHeader(browser.BaseAddress));
        var response = await other.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the second process decrypted the key ring the first one wrote");
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "lms.db")}");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT group_concat(Xml) FROM DataProtectionKeys";
        Assert.That((string)(await command.ExecuteScalarAsync())!, Does.Contain("EncryptedData").And.Not.Contain("<masterKey"));
    }

    private Dictionary<string, string?> Settings() => new()
    {
        [KeyEncryptionCertificate.PathKey] = _pfx,
        [KeyEncryptionCertificate.PasswordKey] = CertificatePassword,
    };

    private static string Flatten(Exception? e) => e is null ? "" : e.Message + " | " + Flatten(e.InnerException);
}
