using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Dice.Lms.Load;

/// <summary>Responses by kind and status, transport failures, and every latency (for exact percentiles).</summary>
public sealed class Stats
{
    private readonly ConcurrentDictionary<(string Kind, int Status), int> _counts = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
    private int _transportErrors;
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public int TransportErrors => Volatile.Read(ref _transportErrors);

    public int ServerErrors => _counts.Where(c => c.Key.Status >= 500).Sum(c => c.Value);

    public int Count(string kind, int status) => _counts.GetValueOrDefault((kind, status));

    public void Record(string kind, int status, TimeSpan elapsed)
    {
        Interlocked.Increment(ref _requests);
        _counts.AddOrUpdate((kind, status), 1, (_, n) => n + 1);
        _latencies.GetOrAdd(kind, _ => []).Add(elapsed.TotalMilliseconds);
    }

    public void TransportError() => Interlocked.Increment(ref _transportErrors);

    public string Report(TimeSpan duration, int submissions)
    {
        var all = _latencies.Values.SelectMany(l => l).Order().ToArray();
        var text = new StringBuilder();
        var seconds = duration.TotalSeconds;
        text.AppendLine(CultureInfo.InvariantCulture, $"duration_s={seconds:F1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"requests={Requests} requests_per_s={Requests / seconds:F1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"submissions_acknowledged={submissions} submissions_per_s={submissions / seconds:F1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"latency_ms p50={Percentile(all, 50):F1} p99={Percentile(all, 99):F1} max={(all.Length > 0 ? all[^1] : 0):F1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"server_errors_5xx={ServerErrors} transport_errors={TransportErrors}");
        // The driver shares the machine with the server: its own CPU time says how much of the cores the server did not get.
        text.AppendLine(CultureInfo.InvariantCulture, $"driver_cpu_s={System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1}");
        text.AppendLine("by kind (status=count, p50/p99 ms):");
        foreach (var kind in _latencies.Keys.Order(StringComparer.Ordinal))
        {
            var sorted = _latencies[kind].Order().ToArray();
            var statuses = string.Join(' ', _counts.Where(c => c.Key.Kind == kind).OrderBy(c => c.Key.Status).Select(c => $"{c.Key.Status}={c.Value}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {kind,-14} {statuses,-28} {Percentile(sorted, 50),8:F1} {Percentile(sorted, 99),8:F1}");
        }

        return text.ToString();
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
