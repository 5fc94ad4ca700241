using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>
/// One web node: the site as its own process (`dotnet Dice.Lms.Web.dll`) on 127.0.0.1 and a free port, as a systemd unit
/// would run it. Started when /healthz answers 200; stopped (killed) on dispose.
/// </summary>
public sealed class SiteNode : IAsyncDisposable
{
    private readonly ProcessStartInfo _start;
    private readonly StreamWriter _log;
    private Process _process = null!;
    private bool _closed;

    private SiteNode(ProcessStartInfo start, int port, string logPath)
    {
        _start = start;
        _log = new StreamWriter(logPath) { AutoFlush = true };
        Port = port;
        LogPath = logPath;
    }

    public int Port { get; }

    public string LogPath { get; }

    /// <summary>Starts a node with <paramref name="settings"/> (configuration keys) and waits until it is healthy.</summary>
    public static async Task<SiteNode> StartAsync(string name, string folder, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            // The project folder is the content root, as in a published site's folder: wwwroot and appsettings.json.
            WorkingDirectory = Path.Combine(Repository.Root, "Dice.Lms.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "Dice.Lms.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var node = new SiteNode(start, port, Path.Combine(folder, $"{name}.log"));
        try
        {
            await node.StartProcessAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>The running process's id (Hangfire's server ids name it).</summary>
    public int ProcessId => _process.Id;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>kill -9: no shutdown, no flushing, as a crash or a power cut of the node would be.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts the node again on the same port and settings, and waits until it is healthy.</summary>
    public Task RestartAsync() => StartProcessAsync();

    private async Task StartProcessAsync()
    {
        _process?.Dispose();
        _process = new Process { StartInfo = _start };
        _process.OutputDataReceived += (_, e) => Write(e.Data);
        _process.ErrorDataReceived += (_, e) => Write(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();

        lock (_log)
        {
            _closed = true;
            _log.Dispose();
        }
    }

    /// <summary>A port nothing listens on now (the small race with other processes is accepted).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new AssertionException($"The node on port {Port} exited with {_process.ExitCode}: {Tail()}");
            }

            try
            {
                if ((await client.GetAsync($"http://127.0.0.1:{Port}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer (a busy machine, a start-up still migrating): asked again until the limit.
            }

            await Task.Delay(100);
        }

        throw new AssertionException($"The node on port {Port} was not healthy within {limit.TotalSeconds} s: {Tail()}");
    }

    private string Tail()
    {
        using var reader = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var text = new StreamReader(reader).ReadToEnd();
        return text.Length <= 3000 ? text : text[^3000..];
    }

    private void Write(string? line)
    {
        lock (_log)
        {
            if (line is not null && !_closed)
            {
                _log.WriteLine(line);
            }
        }
    }
}
