using Microsoft.Extensions.Hosting;

namespace Dice.Lms.Infrastructure;

/// <summary>Resolves configured paths: a relative path is relative to the web project's content root.</summary>
public sealed class LmsPaths(IHostEnvironment environment)
{
    public string ContentRoot => environment.ContentRootPath;

    /// <summary>The course content folder: the configured one, or the repository's content/ beside the web project.</summary>
    public string Content(string configured) =>
        Resolve(string.IsNullOrWhiteSpace(configured) ? Path.Combine("..", "content") : configured);

    public string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path));
}
