using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>
/// Debian's nginx (scripts/test.sh installs it) running the site configuration shown in docs/deployment.md, with only the
/// node addresses, ports and certificate replaced: if the page changes, so does what is tested. Its access log records
/// which node answered each request.
/// </summary>
public sealed partial class Nginx : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";
    public const string HostName = "lms.example.mn";

    private readonly Process _process;
    private readonly string _folder;

    private Nginx(Process process, string folder, int httpPort, int httpsPort)
    {
        _process = process;
        _folder = folder;
        HttpPort = httpPort;
        HttpsPort = httpsPort;
    }

    public int HttpPort { get; }

    public int HttpsPort { get; }

    /// <summary>The public address as browsers use it (the host name resolves to nothing: clients connect to 127.0.0.1).</summary>
    public Uri HttpsBase => new($"https://{HostName}:{HttpsPort}/");

    /// <summary>The nginx block of docs/deployment.md.</summary>
    public static string ConfigurationFromDocs()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "deployment.md"));
        var block = NginxBlock().Match(page);
        Assert.That(block.Success, Is.True, "docs/deployment.md shows no ```nginx block");
        return block.Groups[1].Value;
    }

    public static async Task<Nginx> StartAsync(string folder, IReadOnlyList<int> nodePorts)
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail($"{Executable} is missing: install Debian's nginx (scripts/test.sh does).");
        }

        Directory.CreateDirectory(Path.Combine(folder, "temp"));
        var certificate = Path.Combine(folder, "cert.pem");
        var key = Path.Combine(folder, "key.pem");
        await RunAsync("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", $"/CN={HostName}",
            "-keyout", key, "-out", certificate);

        var httpPort = SiteNode.FreePort();
        var httpsPort = SiteNode.FreePort();
        var site = ConfigurationFromDocs();
        var nodes = 0;
        site = UpstreamServer().Replace(site, _ => $"server 127.0.0.1:{nodePorts[Math.Min(nodes++, nodePorts.Count - 1)]}");
        Assert.That(nodes, Is.EqualTo(nodePorts.Count), "the documented upstream lists one server per node");
        site = Replace(site, "listen 80;", $"listen 127.0.0.1:{httpPort};");
        site = Replace(site, "listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;");
        site = Replace(site, $"/etc/letsencrypt/live/{HostName}/fullchain.pem", certificate);
        site = Replace(site, $"/etc/letsencrypt/live/{HostName}/privkey.pem", key);

        // What Debian's /etc/nginx/nginx.conf provides around a site, kept inside the test's folder.
        var temp = Path.Combine(folder, "temp");
        var main = $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 256; }
            http {
                log_format nodes '$remote_addr $request_method $request_uri $status $upstream_addr';
                access_log {{folder}}/access.log nodes;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
            {{site}}
            }
            """;
        var configuration = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configuration, main);

        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-e", Path.Combine(folder, "error.log"), "-p", folder, "-c", configuration, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }

        var nginx = new Nginx(Process.Start(start)!, folder, httpPort, httpsPort);
        try
        {
            await nginx.WaitUntilListeningAsync();
            return nginx;
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }
    }

    /// <summary>Each request nginx passed on, in order: the client's address, method, path, status and the node(s) that answered.</summary>
    public IReadOnlyList<(string Client, string Method, string Path, int Status, string Upstream)> Requests()
    {
        using var stream = new FileStream(Path.Combine(_folder, "access.log"), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 5))
            .Select(f => (f[0], f[1], f[2], int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), f[4]))
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (_process.HasExited)
            {
                throw new AssertionException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}"
                    + File.ReadAllText(Path.Combine(_folder, "error.log")));
            }

            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync("127.0.0.1", HttpsPort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new AssertionException("nginx did not listen within 20 s");
    }

    private static string Replace(string text, string documented, string value)
    {
        Assert.That(text, Does.Contain(documented), "docs/deployment.md's nginx block changed: update the test's replacements");
        return text.Replace(documented, value, StringComparison.Ordinal);
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, $"{program}: {await error}");
    }

    [GeneratedRegex(@"```nginx\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex NginxBlock();

    [GeneratedRegex(@"server 10\.0\.0\.\d+:8080")]
    private static partial Regex UpstreamServer();
}
