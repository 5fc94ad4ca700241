using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using Dice.Lms.Infrastructure;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dice.Lms.Benchmarks;

/// <summary>
/// The outbox drained into a real SMTP server: 10,000 queued e-mails in a SQLite file, delivered by
/// <see cref="EmailDeliveryJob"/> over MailKit to Debian's aiosmtpd on 127.0.0.1 (its Sink handler discards them).
/// One operation is one e-mail, so the mean is the time per e-mail and 1 s / mean the messages per second.
/// </summary>
[SimpleJob(BenchmarkDotNet.Engines.RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3, invocationCount: 1)]
public class EmailThroughput
{
    private const int Messages = 10_000;

    private string _folder = "";
    private Process? _smtp;
    private IHost? _host;

    [GlobalSetup]
    public void Start()
    {
        _folder = Path.Combine(Path.GetTempPath(), "dice-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink" })
        {
            start.ArgumentList.Add(arg);
        }

        _smtp = Process.Start(start) ?? throw new InvalidOperationException("could not start aiosmtpd (install python3-aiosmtpd)");
        WaitForPort(port);

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Lms"] = $"Data Source={Path.Combine(_folder, "lms.db")}",
            ["Lms:Email:Delivery"] = "Smtp",
            ["Lms:Email:Smtp:Host"] = "127.0.0.1",
            ["Lms:Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Lms:Email:Smtp:Security"] = "None",
            ["Lms:Jobs:RunServer"] = "false",
        });
        // As in production: no log line per SQL command.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddLmsInfrastructure(builder.Configuration, builder.Environment);
        _host = builder.Build();
        using var scope = _host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void Queue()
    {
        using var scope = _host!.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        db.OutboxEmails.ExecuteDelete();
        var batch = Guid.NewGuid().ToString("N");
        for (var i = 0; i < Messages; i++)
        {
            // Straight into the change tracker: Outbox.QueueAsync's duplicate check would make setup quadratic.
            db.OutboxEmails.Add(new Dice.Lms.Domain.Email.OutboxEmail($"bench:{batch}:{i}", $"learner{i}@example.org", $"Суралцагч {i}",
                "Dice LMS: «Цахим аюулгүй байдал» сургалтаа үргэлжлүүлээрэй", Body, "<p>" + Body + "</p>", "reminder", null, DateTime.UtcNow.AddSeconds(-1),
                "dice-lms.local") { UnsubscribeUrl = "http://localhost:5000/email/unsubscribe/token" });
        }

        db.SaveChanges();
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "outbox → MailKit → aiosmtpd, per e-mail")]
    public int Drain()
    {
        using var scope = _host!.Services.CreateScope();
        var sent = scope.ServiceProvider.GetRequiredService<EmailDeliveryJob>().RunAsync(CancellationToken.None).GetAwaiter().GetResult();
        return sent == Messages ? sent : throw new InvalidOperationException($"sent {sent} of {Messages}");
    }

    [GlobalCleanup]
    public void Stop()
    {
        _host?.Dispose();
        if (_smtp is { HasExited: false })
        {
            _smtp.Kill(entireProcessTree: true);
            _smtp.WaitForExit(5000);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private const string Body = "Сайн байна уу, Оюунчимэг. Та «Цахим аюулгүй байдал» сургалтандаа хэдэн өдөр ороогүй байна. http://localhost:5000/courses/safety";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }
}
