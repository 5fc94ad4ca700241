using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>
/// A real learning record store: Learning Locker's statement service (npm xapi-statements 5.0.1, tests/lrs, installed by
/// scripts/test.sh) on 127.0.0.1 at a free port, statements kept in its memory. Stopped by the test that started it.
/// </summary>
public sealed class LearningRecordStore : IDisposable
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "lrs");
    private readonly string _storage = Path.Combine(Path.GetTempPath(), "dice-lms-lrs", Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();
    private Process? _process;

    public LearningRecordStore(int? port = null)
    {
        Port = port ?? FreePort();
    }

    public int Port { get; }

    /// <summary>Lms:Xapi:Endpoint for this store.</summary>
    public string Endpoint => $"http://127.0.0.1:{Port}/xAPI/";

    public async Task StartAsync()
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "xapi-statements", "dist", "index.js")))
        {
            Assert.Fail("tests/lrs/node_modules is missing: run scripts/test.sh, which installs the learning record store (npm ci in tests/lrs).");
        }

        Directory.CreateDirectory(_storage);
        var start = new ProcessStartInfo("node", Path.Combine(Folder, "start.js"))
        {
            WorkingDirectory = _storage,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AUTH_REPO"] = "test";
        start.Environment["EVENTS_REPO"] = "test";
        start.Environment["MODELS_REPO"] = "memory";
        start.Environment["STORAGE_REPO"] = "local";
        start.Environment["EXPRESS_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["WINSTON_CONSOLE_LEVEL"] = "error";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await _http.GetAsync($"http://127.0.0.1:{Port}/xAPI/about");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.That(_process.HasExited, Is.False, "the learning record store stopped at start");
            await Task.Delay(100);
        }

        Assert.Fail("the learning record store did not answer within 10 seconds");
    }

    /// <summary>Ends the store at once, as a crash would: what it held in memory is gone.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>Every statement the store holds, as it returns them.</summary>
    public async Task<List<JsonObject>> StatementsAsync()
    {
        var all = new List<JsonObject>();
        var url = $"http://127.0.0.1:{Port}/xAPI/statements?limit=1000";
        while (!string.IsNullOrEmpty(url))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("X-Experience-API-Version", "1.0.3");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("test:test"u8.ToArray()));
            using var response = await _http.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            all.AddRange(page["statements"]!.AsArray().Select(s => s!.AsObject()));
            var more = (string?)page["more"];
            url = string.IsNullOrEmpty(more) ? "" : $"http://127.0.0.1:{Port}{more}";
        }

        return all;
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_storage, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
