using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Infrastructure.Credentials;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Certification;
using Dice.Lms.Web.Tests.Support;
using Jose;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>
/// Open Badges 3.0 credentials checked the way someone else would: the site runs on Kestrel at 127.0.0.1, the JWT is
/// verified by jose-jwt (not the library that signed it) with the key fetched over HTTP from the kid URL, and the
/// decoded credential is validated against 1EdTech's JSON Schema (tests/fixtures/openbadges).
/// </summary>
public sealed class CredentialTests
{
    private const string Course = "safety";
    private const string Email = "Oyuntsetseg@Example.org";

    private LmsWebFactory _factory = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void StartSite()
    {
        _factory = LmsWebFactory.WithShippedContent();
        _factory.UseKestrel(0);
        _factory.StartServer();
        var port = _factory.ClientOptions.BaseAddress.Port;
        // Every URL the credential names is on http://lms.test (Lms:PublicBaseUrl): reach that host at the test server,
        // as DNS would, so a URL read from the credential is fetched as it stands.
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, port, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        })
        { BaseAddress = new Uri("http://lms.test/") };
    }

    [TearDown]
    public void StopSite()
    {
        _http.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task AnIndependentVerifierAcceptsTheCredentialWithTheKeyFromItsKidUrl()
    {
        var code = await IssuedCodeAsync();

        var download = await _http.GetAsync($"http://lms.test/verify/{code}/credential");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentDisposition?.FileName, Does.EndWith(".jwt"));
        var jwt = await download.Content.ReadAsStringAsync();

        var header = JsonNode.Parse(Base64Url.Decode(jwt.Split('.')[0]))!.AsObject();
        Assert.That(header.Select(p => p.Key), Is.EquivalentTo(new[] { "alg", "kid", "typ" }), "only alg, kid and typ");
        Assert.That((string?)header["alg"], Is.EqualTo("RS256"));
        Assert.That((string?)header["typ"], Is.EqualTo("JWT"));
        var kid = (string)header["kid"]!;
        Assert.That(kid, Does.StartWith("http://lms.test/credentials/keys/"));

        var payload = JsonNode.Parse(await VerifyAsync(jwt))!.AsObject();
        Assert.That((string?)payload["iss"], Is.EqualTo((string?)payload["issuer"]!["id"]));
        Assert.That((string?)payload["jti"], Is.EqualTo((string?)payload["id"]).And.StartsWith("urn:uuid:"));
        Assert.That((long)payload["nbf"]!, Is.EqualTo(DateTimeOffset.Parse((string)payload["validFrom"]!).ToUnixTimeSeconds()));
        var identity = payload["credentialSubject"]!["identifier"]![0]!;
        Assert.That((string?)payload["sub"], Is.EqualTo((string?)identity["identityHash"]));
        Assert.That(payload.ContainsKey("exp"), Is.False, "no exp without validUntil");
        // The holder proves the hash is theirs with their address and the salt the credential shows.
        var expected = "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Email.ToLowerInvariant() + (string)identity["salt"]!)));
        Assert.That((string?)identity["identityHash"], Is.EqualTo(expected));
        Assert.That(payload.ToJsonString(), Does.Not.Contain("xample.org"), "no e-mail address in the clear");

        // The verifier is able to say no: one changed character of the payload, or another key.
        var parts = jwt.Split('.');
        var forged = JsonNode.Parse(Base64Url.Decode(parts[1]))!.AsObject();
        forged["name"] = "Something else";
        var tampered = $"{parts[0]}.{Base64Url.Encode(Encoding.UTF8.GetBytes(forged.ToJsonString()))}.{parts[2]}";
        Assert.That(async () => await VerifyAsync(tampered), Throws.InstanceOf<IntegrityException>());
        using var other = RSA.Create(2048);
        Assert.That(() => JWT.Decode(jwt, other, JwsAlgorithm.RS256), Throws.InstanceOf<IntegrityException>());
    }

    [Test]
    public async Task TheDecodedCredentialHasWhatTheSpecificationAsksAndPassesTheSchema()
    {
        var code = await IssuedCodeAsync();

        var response = await _http.GetAsync($"http://lms.test/verify/{code}/credential.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = await response.Content.ReadAsStringAsync();
        var errors = SchemaErrors(json);
        Assert.That(errors, Is.Empty);

        var credential = JsonNode.Parse(json)!.AsObject();
        Assert.That(credential["@context"]!.AsArray().Select(c => (string?)c),
            Is.EqualTo(new[] { "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" }));
        Assert.That(credential["type"]!.AsArray().Select(c => (string?)c), Is.EqualTo(new[] { "VerifiableCredential", "OpenBadgeCredential" }));
        Assert.That(Guid.TryParse(((string)credential["id"]!).Replace("urn:uuid:", ""), out _), Is.True);
        var achievement = credential["credentialSubject"]!["achievement"]!;
        Assert.That((string?)achievement["criteria"]!["narrative"], Does.Contain("модул"), "criteria in Mongolian, the courses' first language");
        Assert.That((string?)credential["credentialSubject"]!["identifier"]![0]!["identityType"], Is.EqualTo("emailAddress"));
        Assert.That((bool?)credential["credentialSubject"]!["identifier"]![0]!["hashed"], Is.True);

        // One alignment per competence the course's modules teach, read here from the shipped module files' front matter
        // (safety teaches 4.1 to 4.4, and its module on AI scams also 2.3).
        var taught = Directory.GetFiles(Path.Combine(Repository.Root, "content", Course), "*.md")
            .SelectMany(File.ReadLines).Where(line => line.StartsWith("competences:", StringComparison.Ordinal))
            .SelectMany(line => System.Text.RegularExpressions.Regex.Matches(line, @"\d\.\d").Select(m => m.Value))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.That(taught, Is.SupersetOf(new[] { "4.1", "4.2", "4.3", "4.4" }));
        var alignment = achievement["alignment"]!.AsArray();
        Assert.That(alignment.Select(a => (string?)a!["targetCode"]), Is.EqualTo(taught));
        var devices = alignment.Single(a => (string?)a!["targetCode"] == "4.1")!;
        Assert.That((string?)devices["targetName"], Is.EqualTo("Protecting devices"));
        Assert.That((string?)devices["targetFramework"], Is.EqualTo("DigComp 2.2"));

        // The issuer id and the achievement id are documents a verifier can fetch.
        var issuer = JsonNode.Parse(await _http.GetStringAsync((string)credential["issuer"]!["id"]!))!;
        Assert.That((string?)issuer["id"], Is.EqualTo((string?)credential["issuer"]!["id"]));
        Assert.That(issuer["type"]!.AsArray().Select(t => (string?)t), Does.Contain("Profile"));
        Assert.That((string?)issuer["name"], Is.Not.Empty);
        var published = JsonNode.Parse(await _http.GetStringAsync((string)achievement["id"]!))!;
        Assert.That((string?)published["id"], Is.EqualTo((string?)achievement["id"]));

        var status = credential["credentialStatus"]!;
        Assert.That((string?)status["type"], Is.EqualTo("1EdTechRevocationList"));
        var list = JsonNode.Parse(await _http.GetStringAsync((string)status["id"]!))!;
        Assert.That(list["revokedCredentials"]!.AsArray(), Is.Empty);
    }

    [Test]
    public void OneEdTechsSampleCredentialsPassTheSchemaAndTheirBrokenOnesFail()
    {
        var samples = Path.Combine(Repository.Root, "tests", "fixtures", "openbadges", "samples");
        foreach (var good in new[] { "simple.json", "complete.json" })
        {
            Assert.That(SchemaErrors(File.ReadAllText(Path.Combine(samples, good))), Is.Empty, good);
        }

        // Every broken sample fails, except the five whose fault no schema can see (an expired date, a bad proof),
        // which a verifier catches by checking the signature and the dates.
        var broken = Directory.GetFiles(samples, "simple-err-*.json").Select(Path.GetFileName).OfType<string>().Order().ToList();
        Assert.That(broken, Has.Count.EqualTo(19));
        foreach (var name in broken)
        {
            var errors = SchemaErrors(File.ReadAllText(Path.Combine(samples, name)));
            Assert.That(errors, BeyondASchema.Contains(name) ? Is.Empty : Is.Not.Empty, name);
        }
    }

    [Test]
    public async Task ARevokedCertificatesCredentialIsRefusedAndListedAsRevoked()
    {
        var code = await IssuedCodeAsync();
        var credential = JsonNode.Parse(await _http.GetStringAsync($"http://lms.test/verify/{code}/credential.json"))!;
        var id = (string)credential["id"]!;

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var certificate = await db.Certificates.SingleAsync();
            Assert.That(await scope.ServiceProvider.GetRequiredService<CertificateIssuing>().RevokeAsync(certificate.Id, "Шалгалтад хуурсан", "staff-test"), Is.True);
        }

        foreach (var url in new[] { $"http://lms.test/verify/{code}/credential", $"http://lms.test/verify/{code}/credential.json" })
        {
            var refused = await _http.GetAsync(url);
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Gone), url);
            Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Цахим үнэмлэх олгогдохгүй"), url);
        }

        var list = JsonNode.Parse(await _http.GetStringAsync((string)credential["credentialStatus"]!["id"]!))!;
        Assert.That(list["revokedCredentials"]!.AsArray().Select(r => (string?)r!["id"]), Is.EqualTo(new[] { id }));
        Assert.That(list.ToJsonString(), Does.Not.Contain("хуурсан"), "reasons stay private");
        var page = await _http.GetStringAsync($"http://lms.test/verify/{code}");
        Assert.That(page, Does.Contain("Хүчингүй болсон гэрчилгээ").And.Not.Contain("/credential\""));
    }

    [Test]
    public async Task AfterAKeyRotationEarlierCredentialsStillVerifyAndNewOnesUseTheNewKey()
    {
        var code = await IssuedCodeAsync();
        var before = await _http.GetStringAsync($"http://lms.test/verify/{code}/credential");

        var newKey = _factory.Services.GetRequiredService<CredentialKeys>().Rotate();
        var after = await _http.GetStringAsync($"http://lms.test/verify/{code}/credential");

        Assert.That(Kid(after), Does.EndWith("/" + newKey));
        Assert.That(Kid(before), Is.Not.EqualTo(Kid(after)));
        Assert.That(await VerifyAsync(before), Is.Not.Empty);
        Assert.That(await VerifyAsync(after), Is.Not.Empty);

        // The operator's way: the verb prints the new key's URL, which signs from then on.
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.That(await Dice.Lms.Web.CommandLine.LmsCommands.RunAsync(_factory.Services, ["credentials", "rotate-key"], output, error), Is.EqualTo(0), error.ToString());
        var third = await _http.GetStringAsync($"http://lms.test/verify/{code}/credential");
        Assert.That(Kid(third), Is.EqualTo(output.ToString().Trim()));
        Assert.That(await VerifyAsync(before), Is.Not.Empty, "still, after a second rotation");
        Assert.That((await _http.GetAsync("http://lms.test/credentials/keys/20260101T0000000000000Z-00000000")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await _http.GetAsync("http://lms.test/credentials/keys/..%2F..%2Flms.db")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task TheVerifyPageAndTheLearnersCertificatesLinkToTheCredential()
    {
        var code = await IssuedCodeAsync();

        var verify = await _http.GetStringAsync($"http://lms.test/verify/{code}");
        Assert.That(verify, Does.Contain($"href=\"/verify/{code}/credential\"").And.Contain($"href=\"/verify/{code}/credential.json\""));
        var signIn = await _http.SubmitFormAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Accounts.Password });
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var mine = await _http.GetStringAsync("/my/certificates");
        Assert.That(mine, Does.Contain($"/verify/{code}/credential\""));
        Assert.That((await _http.GetAsync("http://lms.test/verify/AAAAA-BBBBB-CCCCC-DDDDD-EEEEEE/credential")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static readonly string[] BeyondASchema =
    [
        "simple-err-expired.json",
        "simple-err-proof-method-no-scheme.json",
        "simple-err-proof-method-unknown-did-method.json",
        "simple-err-proof-method-unknown-scheme.json",
        "simple-err-proof-value.json",
    ];

    // Built once: the library keeps a registry of schemas by $id and refuses a second one.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(Repository.Root, "tests", "fixtures", "openbadges", "achievementcredential.json")));

    private static IReadOnlyList<string> SchemaErrors(string json)
    {
        var result = Schema.Value.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private static string Kid(string jwt) => (string)JsonNode.Parse(Base64Url.Decode(jwt.Split('.')[0]))!["kid"]!;

    /// <summary>Verifies as a stranger would: the key from the kid URL over HTTP, the signature by jose-jwt.</summary>
    private async Task<string> VerifyAsync(string jwt)
    {
        var jwk = JsonNode.Parse(await _http.GetStringAsync(Kid(jwt)))!;
        Assert.That((string?)jwk["kty"], Is.EqualTo("RSA"));
        Assert.That(jwk["keys"], Is.Null, "one JWK, not a key set");
        using var rsa = RSA.Create(new RSAParameters { Modulus = Base64Url.Decode((string)jwk["n"]!), Exponent = Base64Url.Decode((string)jwk["e"]!) });
        return JWT.Decode(jwt, rsa, JwsAlgorithm.RS256);
    }

    private async Task<string> IssuedCodeAsync()
    {
        var learner = (await _factory.CreateUserAsync(Email, Roles.Learner, fullName: "Батбаярын Оюунцэцэг")).User!.Id;
        await _factory.Services.CompleteCourseAsync(learner, Course);
        await using var scope = _factory.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<CertificateIssuing>().IssueAsync(learner, Course, "staff-test");
        Assert.That(issued.Code, Is.Not.Null);
        return VerificationCode.Format(issued.Code!);
    }
}
