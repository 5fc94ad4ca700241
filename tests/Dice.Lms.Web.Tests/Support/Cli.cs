using System.Diagnostics;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>Runs the published entry point as an operator would: `dotnet Dice.Lms.Web.dll VERB ...`.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(string folder, params string[] args) => RunAsync(folder, null, args);

    /// <summary>Runs a verb with extra settings, given as configuration keys (Lms:Email:Delivery).</summary>
    public static async Task<Result> RunAsync(string folder, IDictionary<string, string?>? settings, params string[] args)
    {
        using var process = Start(folder, settings, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Runs a verb on a test site's folder and database (SQLite or PostgreSQL), with extra settings.</summary>
    public static Task<Result> RunAsync(LmsWebFactory site, IDictionary<string, string?>? settings, params string[] args) =>
        RunAsync(site.Folder, OnDatabase(site, settings), args);

    /// <summary>Starts a verb on a test site's folder and database without waiting.</summary>
    public static Process Start(LmsWebFactory site, IDictionary<string, string?>? settings, params string[] args) =>
        Start(site.Folder, OnDatabase(site, settings), args);

    private static Dictionary<string, string?> OnDatabase(LmsWebFactory site, IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>(site.Database.Settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Starts a verb without waiting, so a test can kill it (its output is redirected: read or discard it).</summary>
    public static Process Start(string folder, IDictionary<string, string?>? settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "Dice.Lms.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Lms"] = $"Data Source={Path.Combine(folder, "lms.db")}";
        start.Environment["Lms__Email__PickupDirectory"] = Path.Combine(folder, "mail");
        start.Environment["Lms__Content__ImportOnStart"] = "false";
        start.Environment["Lms__Jobs__RunServer"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start)!;
    }
}
