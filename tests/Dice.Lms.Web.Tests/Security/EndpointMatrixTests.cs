using System.Net;
using System.Text.RegularExpressions;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Security;

/// <summary>
/// Every endpoint the site maps, requested as each kind of visitor, against the table below. An endpoint added without
/// a row fails <see cref="EveryEndpointHasARowAndEveryRowAnEndpoint"/>: deciding who may call it is part of adding it.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class EndpointMatrixTests(TestProvider provider)
{
    // Who gets through, in the order anonymous, learner, trainer, staff, admin:
    // o = allowed (the action runs: 2xx, a redirect elsewhere, or its own 4xx for the made-up ids below),
    // s = sent to sign in, x = refused (access denied).
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["GET /"] = "ooooo",
        // The access-denied page answers 403 to everyone: it is what "x" looks like.
        ["GET /account/data/erasure"] = "soooo",
        ["GET /account/data/erasure/withdraw"] = "soooo",
        ["POST /account/data/erasure/withdraw"] = "soooo",
        ["GET /admin/users/{id}/suspend"] = "sxxxo",
        ["GET /staff/certificates/{cohortId:int}/{courseId}/{certificateId:int}/revoke"] = "sxxoo",
        ["GET /staff/cohorts/{id:int}/join-code"] = "sxxoo",
        ["GET /staff/cohorts/{id:int}/members/{userId}/remove"] = "sxxoo",
        ["GET /staff/erasure-requests/{id:int}/erase"] = "sxxoo",
        ["GET /account/access-denied"] = "xxxxx",
        ["GET /account/confirm-email"] = "ooooo",
        ["GET /account/data"] = "soooo",
        ["GET /account/data/export.json"] = "soooo",
        ["GET /account/forgot-password"] = "ooooo",
        ["GET /account/password"] = "soooo",
        ["GET /account/reset-password"] = "ooooo",
        ["GET /account/sign-in"] = "ooooo",
        ["GET /account/sign-up"] = "ooooo",
        ["GET /admin/audit"] = "sxxxo",
        ["GET /admin/users"] = "sxxxo",
        ["GET /app/offline"] = "ooooo",
        ["GET /assets/{hash:length(64)}"] = "ooooo",
        ["GET /attempts/{id:long}"] = "soooo",
        ["GET /attempts/{id:long}/review"] = "soooo",
        ["GET /authoring"] = "sxooo",
        ["GET /authoring/courses/new"] = "sxooo",
        ["GET /authoring/courses/{courseId}"] = "sxooo",
        ["GET /authoring/courses/{courseId}/export"] = "sxooo",
        ["GET /authoring/courses/{courseId}/modules/{moduleId}"] = "sxooo",
        ["GET /authoring/courses/{courseId}/modules/{moduleId}/history"] = "sxooo",
        ["GET /authoring/quiz-import"] = "sxooo",
        ["GET /certificates/{id:int}/pdf"] = "soooo",
        ["GET /courses"] = "ooooo",
        ["GET /credentials/achievements/{courseId}"] = "ooooo",
        ["GET /credentials/issuer"] = "ooooo",
        ["GET /credentials/keys/{keyId}"] = "ooooo",
        ["GET /credentials/revoked"] = "ooooo",
        ["GET /courses/{courseId}"] = "ooooo",
        ["GET /courses/{courseId}/modules/{moduleId}"] = "soooo",
        ["GET /courses/{courseId}/modules/{moduleId}/quiz"] = "soooo",
        ["GET /courses/{courseId}/keep"] = "soooo",
        ["GET /courses/{courseId}/offline"] = "soooo",
        ["GET /email/unsubscribe/{token}"] = "ooooo",
        ["GET /error/{statusCode:int}"] = "ooooo",
        ["GET /hangfire/{**path}"] = "sxxoo",
        ["GET /healthz"] = "ooooo",
        ["GET /manifest.webmanifest"] = "ooooo",
        ["GET /my/certificates"] = "soooo",
        ["GET /my/email-preferences"] = "soooo",
        ["GET /my/levels"] = "soooo",
        ["GET /privacy"] = "ooooo",
        ["GET /self-assessment"] = "soooo",
        ["GET /staff/certificates"] = "sxxoo",
        ["GET /staff/certificates/{cohortId:int}/{courseId}"] = "sxxoo",
        ["GET /staff/cohorts"] = "sxxoo",
        ["GET /staff/cohorts/new"] = "sxxoo",
        ["GET /staff/cohorts/{id:int}"] = "sxxoo",
        ["GET /staff/cohorts/{id:int}/edit"] = "sxxoo",
        ["GET /staff/erasure-requests"] = "sxxoo",
        ["GET /staff/failed-emails"] = "sxxoo",
        ["GET /staff/organizations"] = "sxxoo",
        ["GET /staff/reviews"] = "sxxoo",
        ["GET /staff/organizations/new"] = "sxxoo",
        ["GET /staff/organizations/{id:int}"] = "sxxoo",
        ["GET /staff/proficiency"] = "sxxoo",
        ["GET /sw.js"] = "ooooo",
        ["GET /staff/proficiency/export.{format:regex(^(csv|json)$)}"] = "sxxoo",
        ["GET /staff/proficiency/report.pdf"] = "sxxoo",
        ["GET /verify"] = "ooooo",
        ["GET /verify/{code}"] = "ooooo",
        ["GET /verify/{code}/credential"] = "ooooo",
        ["GET /verify/{code}/credential.json"] = "ooooo",
        ["GET /{**path:file}"] = "ooooo",
        ["POST /account/data/erasure"] = "soooo",
        ["POST /account/forgot-password"] = "ooooo",
        ["POST /account/password"] = "soooo",
        ["POST /account/reset-password"] = "ooooo",
        ["POST /account/sign-in"] = "ooooo",
        ["POST /account/sign-out"] = "ooooo",
        ["POST /account/sign-out-everywhere"] = "soooo",
        ["POST /account/sign-up"] = "ooooo",
        ["POST /admin/users/{id}/role"] = "sxxxo",
        ["POST /admin/users/{id}/suspend"] = "sxxxo",
        ["POST /attempts/{id:long}"] = "soooo",
        ["POST /authoring/courses/new"] = "sxooo",
        ["POST /authoring/courses/{courseId}/details"] = "sxooo",
        ["POST /authoring/courses/{courseId}/modules"] = "sxooo",
        ["POST /authoring/courses/{courseId}/modules/{moduleId}/images"] = "sxooo",
        ["POST /authoring/courses/{courseId}/modules/{moduleId}/preview"] = "sxooo",
        ["POST /authoring/courses/{courseId}/modules/{moduleId}/preview-live"] = "sxooo",
        ["POST /authoring/courses/{courseId}/modules/{moduleId}/publish"] = "sxooo",
        ["POST /authoring/courses/{courseId}/modules/{moduleId}/quiz"] = "sxooo",
        ["POST /authoring/courses/{courseId}/modules/{moduleId}/save"] = "sxooo",
        ["POST /authoring/courses/{courseId}/modules/{moduleId}/versions/{number:int}/restore"] = "sxooo",
        ["POST /authoring/courses/{courseId}/trainers"] = "sxxoo",
        ["POST /authoring/courses/{courseId}/trainers/remove"] = "sxxoo",
        ["POST /authoring/quiz-import"] = "sxooo",
        ["POST /courses/{courseId}/enrol"] = "soooo",
        ["POST /courses/{courseId}/modules/{moduleId}/complete"] = "soooo",
        ["POST /courses/{courseId}/modules/{moduleId}/quiz/start"] = "soooo",
        ["POST /email/unsubscribe/{token}"] = "ooooo",
        ["POST /error/{statusCode:int}"] = "ooooo",
        ["POST /language"] = "ooooo",
        ["POST /my/email-preferences"] = "soooo",
        ["POST /self-assessment"] = "soooo",
        ["POST /staff/certificates/{cohortId:int}/{courseId}/automatic"] = "sxxoo",
        ["POST /staff/certificates/{cohortId:int}/{courseId}/issue"] = "sxxoo",
        ["POST /staff/certificates/{cohortId:int}/{courseId}/issue-all"] = "sxxoo",
        ["POST /staff/certificates/{cohortId:int}/{courseId}/{certificateId:int}/reissue"] = "sxxoo",
        ["POST /staff/certificates/{cohortId:int}/{courseId}/{certificateId:int}/revoke"] = "sxxoo",
        ["POST /staff/cohorts/save"] = "sxxoo",
        ["POST /staff/cohorts/{id:int}/import"] = "sxxoo",
        ["POST /staff/cohorts/{id:int}/join-code"] = "sxxoo",
        ["POST /staff/cohorts/{id:int}/members"] = "sxxoo",
        ["POST /staff/cohorts/{id:int}/members/{userId}/remove"] = "sxxoo",
        ["POST /staff/cohorts/{id:int}/reminders"] = "sxxoo",
        ["POST /staff/erasure-requests/{id:int}/erase"] = "sxxoo",
        ["POST /staff/failed-emails/{id:long}/retry"] = "sxxoo",
        ["POST /staff/organizations/save"] = "sxxoo",
        ["POST /staff/proficiency/baseline"] = "sxxoo",
        ["POST /staff/proficiency/compute"] = "sxxoo",
    };

    // Unsafe endpoints that take no antiforgery token, each with the reason.
    private static readonly Dictionary<string, string> TokenFree = new()
    {
        // The error page is re-executed for a failed POST too; it only renders and changes nothing.
        ["POST /error/{statusCode:int}"] = "Home.Error",
        // RFC 8058 one-click unsubscribe: mail clients post without a form or cookie; the signed token in the URL is
        // what authorises it.
        ["POST /email/unsubscribe/{token}"] = "Unsubscribe.Unsubscribe",
    };

    // Endpoints that end the caller's session for good: the visitor signs in again after them.
    private static readonly HashSet<string> SessionEnding = ["POST /account/sign-out", "POST /account/sign-out-everywhere"];

    private static readonly string[] Visitors = ["anonymous", Roles.Learner, Roles.Trainer, Roles.Staff, Roles.Admin];
    private LmsWebFactory _factory = null!;
    private readonly Dictionary<string, CookieClient> _clients = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new LmsWebFactory(provider: provider);
        _clients["anonymous"] = await CookieClient.AnonymousAsync(_factory);
        foreach (var role in Visitors.Skip(1))
        {
            var email = $"matrix-{role.ToLowerInvariant()}@example.org";
            await _factory.CreateUserAsync(email, role);
            _clients[role] = await CookieClient.SignedInAsync(_factory, email);
        }
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public void EveryEndpointHasARowAndEveryRowAnEndpoint()
    {
        var keys = Endpoints().Select(e => e.Key).ToList();

        Assert.That(keys.Except(Expected.Keys), Is.Empty, "endpoints without a row in the table:\n" + string.Join("\n", keys.Except(Expected.Keys)));
        Assert.That(Expected.Keys.Except(keys), Is.Empty, "rows for endpoints that no longer exist");
    }

    [Test]
    public async Task EachVisitorGetsWhatTheTableSays()
    {
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => Expected.ContainsKey(e.Key)))
        {
            for (var i = 0; i < Visitors.Length; i++)
            {
                var response = await _clients[Visitors[i]].SendAsync(endpoint.Method, endpoint.Url, withToken: true);
                var outcome = Outcome(response);
                if (i > 0 && SessionEnding.Contains(endpoint.Key))
                {
                    _clients[Visitors[i]] = await CookieClient.SignedInAsync(_factory, $"matrix-{Visitors[i].ToLowerInvariant()}@example.org");
                }
                if (response.StatusCode >= HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{endpoint.Key} as {Visitors[i]}: {(int)response.StatusCode}");
                }
                else if (outcome != Expected[endpoint.Key][i])
                {
                    failures.Add($"{endpoint.Key} as {Visitors[i]}: expected '{Expected[endpoint.Key][i]}', got '{outcome}' ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task EveryUnsafeEndpointRefusesARequestWithoutAValidToken()
    {
        var unsafeEndpoints = Endpoints().Where(e => e.Method != "GET" && !TokenFree.ContainsKey(e.Key)).ToList();
        Assert.That(unsafeEndpoints, Is.Not.Empty);
        var failures = new List<string>();
        foreach (var endpoint in unsafeEndpoints)
        {
            // As admin, who is let through everywhere, so only the token can stop the request.
            var none = await _clients[Roles.Admin].SendAsync(endpoint.Method, endpoint.Url, withToken: false);
            var forged = await _clients[Roles.Admin].SendAsync(endpoint.Method, endpoint.Url, withToken: false, token: "CfDJ8forged");
            var otherUsers = await _clients[Roles.Admin].SendAsync(endpoint.Method, endpoint.Url, withToken: false, token: _clients[Roles.Learner].Token);
            foreach (var (what, response) in new[] { ("no token", none), ("a forged token", forged), ("another user's token", otherUsers) })
            {
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"{endpoint.Key} with {what}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void NoUnsafeActionOptsOutOfTheTokenCheck()
    {
        var actions = _factory.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.Infrastructure.IActionDescriptorCollectionProvider>().ActionDescriptors.Items;
        var optedOut = actions.OfType<ControllerActionDescriptor>()
            .Where(a => a.FilterDescriptors.Any(f => f.Filter is Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute)
                || a.EndpointMetadata.OfType<IAntiforgeryMetadata>().LastOrDefault() is { RequiresValidation: false })
            .Select(a => $"{a.ControllerName}.{a.ActionName}")
            .Distinct()
            .ToList();

        Assert.That(optedOut, Is.EquivalentTo(TokenFree.Values.Distinct()));
    }

    /// <summary>s for a trip to the sign-in page, x for access denied, o for anything else.</summary>
    private static char Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => 's',
            HttpStatusCode.Forbidden => 'x',
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/account/sign-in", StringComparison.Ordinal) => 's',
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/account/access-denied", StringComparison.Ordinal) => 'x',
            _ => 'o',
        };
    }

    private sealed record Endpoint(string Method, string Pattern, string Url)
    {
        public string Key => $"{Method} {Pattern}";
    }

    private IEnumerable<Endpoint> Endpoints()
    {
        var source = _factory.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            // Files of wwwroot are mapped one endpoint each; they are public by design.
            .Where(e => !e.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Where(m => m != "HEAD")
                .Select(m => new Endpoint(m, "/" + e.RoutePattern.RawText?.TrimStart('/'), Url(e.RoutePattern))))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Key, StringComparer.Ordinal);
    }

    /// <summary>The pattern with made-up values: the role check runs before any record is looked up.</summary>
    private static string Url(RoutePattern pattern)
    {
        var url = "/" + (pattern.RawText ?? "").TrimStart('/');
        return Regex.Replace(url, @"\{\*{0,2}(?<name>[^}:=?]+)(?<rest>[^}]*)\}", m =>
        {
            var constraint = m.Groups["rest"].Value;
            if (m.Value.StartsWith("{*", StringComparison.Ordinal))
            {
                return constraint.Contains("file", StringComparison.Ordinal) ? "no-such-file.txt" : "";
            }

            return constraint.Contains("int", StringComparison.Ordinal) || constraint.Contains("long", StringComparison.Ordinal) ? "987654"
                : constraint.Contains("guid", StringComparison.Ordinal) ? Guid.Empty.ToString()
                : constraint.Contains("csv", StringComparison.Ordinal) ? "csv"
                : "matrix-x";
        });
    }

    /// <summary>
    /// A client that sends the same cookies on every request whatever the responses set, so a sign-out in the middle
    /// of the table does not change who the following requests come from.
    /// </summary>
    private sealed class CookieClient(HttpClient client, string cookies, string token)
    {
        public string Token => token;

        public static async Task<CookieClient> AnonymousAsync(LmsWebFactory factory)
        {
            var client = Client(factory);
            var (cookies, token) = await TokenAsync(client, "");
            return new CookieClient(client, cookies, token);
        }

        public static async Task<CookieClient> SignedInAsync(LmsWebFactory factory, string email)
        {
            var client = Client(factory);
            var (cookies, token) = await TokenAsync(client, "");
            var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = email, ["Password"] = Accounts.Password, ["__RequestVerificationToken"] = token,
                }),
            };
            request.Headers.Add("Cookie", cookies);
            var response = await client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "sign-in");
            cookies = Merge(cookies, response);
            (cookies, token) = await TokenAsync(client, cookies);
            return new CookieClient(client, cookies, token);
        }

        public async Task<HttpResponseMessage> SendAsync(string method, string url, bool withToken, string? token = null)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            request.Headers.Add("Cookie", cookies);
            if (method != "GET")
            {
                var fields = new Dictionary<string, string>();
                if (withToken || token is not null)
                {
                    fields["__RequestVerificationToken"] = token ?? Token;
                }

                request.Content = new FormUrlEncodedContent(fields);
            }

            return await client.SendAsync(request);
        }

        private static HttpClient Client(LmsWebFactory factory) =>
            factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        private static async Task<(string Cookies, string Token)> TokenAsync(HttpClient client, string cookies)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
            if (cookies.Length > 0)
            {
                request.Headers.Add("Cookie", cookies);
            }

            var response = await client.SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();
            var token = Browserless.Parse(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                ?? throw new AssertionException("no antiforgery token on the sign-in page");
            return (Merge(cookies, response), token);
        }

        private static string Merge(string cookies, HttpResponseMessage response)
        {
            var jar = cookies.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0].Split('=', 2);
                jar[pair[0]] = pair[1];
            }

            return string.Join("; ", jar.Select(p => $"{p.Key}={p.Value}"));
        }
    }
}
