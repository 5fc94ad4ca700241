using Microsoft.Extensions.FileProviders;

namespace Dice.Lms.Load;

/// <summary>
/// Kestrel serving a folder as static files on 127.0.0.1: the baseline the lesson page is compared with (the same bytes,
/// served without MVC, authentication or the database). Stops by itself after --seconds.
/// </summary>
public static class StaticSite
{
    public static async Task<int> RunAsync(Options options)
    {
        var port = options.Int("port", 0);
        var root = Path.GetFullPath(options.Required("root"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), ServeUnknownFileTypes = false });
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Int("seconds", 600)));
        await app.StartAsync();
        Console.WriteLine($"static: {string.Join(' ', app.Urls)} serving {root}");
        await app.WaitForShutdownAsync(stop.Token);
        return 0;
    }
}
