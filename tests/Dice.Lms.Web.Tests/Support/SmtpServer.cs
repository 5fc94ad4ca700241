using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd, storing what it receives in a maildir. scripts/test.sh installs
/// python3-aiosmtpd; without it the tests fail, they never skip.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private readonly Process _process;

    public SmtpServer()
        : this(port => ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox"])
    {
    }

    private SmtpServer(Func<int, string[]> arguments, params string[] extra)
    {
        Maildir = Path.Combine(Path.GetTempPath(), "dice-smtp-" + Guid.NewGuid().ToString("N"));
        Port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in arguments(Port).Append(Maildir).Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/python3 -m aiosmtpd");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Accepts(Port))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                var error = _process.HasExited ? _process.StandardError.ReadToEnd() : "no answer within 15 s";
                throw new InvalidOperationException($"aiosmtpd did not start (install python3-aiosmtpd): {error}");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>
    /// Support/test_smtp.py: stores a message only once its DATA is complete; can stall for up to
    /// <paramref name="stallSeconds"/> before answering message <paramref name="stallAfter"/> + 1 (dropping it if the
    /// client vanishes, or with <paramref name="stallStored"/> storing it first, as if its 250 were lost), store message
    /// <paramref name="hangUpAfter"/> + 1 and close the connection without an answer, and refuse recipients containing
    /// <paramref name="refuse"/> with 550.
    /// </summary>
    public static SmtpServer Scripted(int? stallAfter = null, string? refuse = null, bool stallStored = false, int? hangUpAfter = null, int stallSeconds = 60)
    {
        var script = Path.Combine(TestContext.CurrentContext.TestDirectory, "Support", "test_smtp.py");
        var extra = new List<string>();
        if (stallAfter is { } k)
        {
            extra.AddRange(["--stall-after", k.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (stallStored)
        {
            extra.Add("--stall-stored");
        }

        if (stallSeconds != 60)
        {
            extra.AddRange(["--stall-seconds", stallSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (hangUpAfter is { } h)
        {
            extra.AddRange(["--hang-up-after", h.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (refuse is not null)
        {
            extra.AddRange(["--refuse", refuse]);
        }

        return new SmtpServer(port => [script, port.ToString(System.Globalization.CultureInfo.InvariantCulture)], [.. extra]);
    }

    public int Port { get; }

    /// <summary>The scripted server is holding back its answer to a message.</summary>
    public bool IsStalling => File.Exists(Path.Combine(Maildir, "stalling"));

    /// <summary>The scripted server dropped the stalled message because its client went away.</summary>
    public bool DroppedStalledMessage => File.Exists(Path.Combine(Maildir, "dropped"));

    /// <summary>Settings that send the site's e-mail here.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Lms:Email:Delivery"] = "Smtp",
        ["Lms:Email:Smtp:Host"] = "127.0.0.1",
        ["Lms:Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Lms:Email:Smtp:Security"] = "None",
    };

    public string Maildir { get; }

    /// <summary>Every message the server has accepted so far.</summary>
    public IReadOnlyList<MimeMessage> Received()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(f => MimeMessage.Load(f))] : [];
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        if (Directory.Exists(Maildir))
        {
            Directory.Delete(Maildir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
