using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dice.Lms.Infrastructure.Time;

namespace Dice.Lms.Web.Offline;

/// <summary>
/// The service worker's script (Offline/service-worker.js) with this build's version written in. The version names
/// the worker's cache and changes with every build of the site, so a browser that finds the script changed installs
/// the new worker, which drops the old version's cache (docs/offline.md). The site's time zone dates the saved copies.
/// </summary>
public sealed class ServiceWorkerScript
{
    public ServiceWorkerScript(LocalTime time)
    {
        var assembly = typeof(ServiceWorkerScript).Assembly;
        using var stream = assembly.GetManifestResourceStream("service-worker.js")
            ?? throw new InvalidOperationException("The service worker script is not embedded in the site.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var template = reader.ReadToEnd();
        var build = assembly.ManifestModule.ModuleVersionId + "|" + assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(build + "|" + template)))[..16];
        Bytes = Encoding.UTF8.GetBytes(template
            .Replace("__VERSION__", Version, StringComparison.Ordinal)
            .Replace("__TIME_ZONE__", time.Zone.Id, StringComparison.Ordinal));
    }

    /// <summary>This build's version: the cache name's suffix.</summary>
    public string Version { get; }

    public byte[] Bytes { get; }
}
