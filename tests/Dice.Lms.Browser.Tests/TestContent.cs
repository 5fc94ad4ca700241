using Dice.Lms.Infrastructure.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// Courses a test writes for itself, imported into the site under test with its own <see cref="ContentImport"/>. The
/// import reads one content root and unpublishes shipped courses missing from it, so the root is a copy of the shipped
/// content/ plus every course the tests have added.
/// </summary>
public static class TestContent
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Writes <paramref name="files"/> (path in the course folder → text) as course folder <paramref name="folder"/> and imports.</summary>
    public static async Task ImportCourseAsync(string folder, IReadOnlyDictionary<string, string> files)
    {
        await Gate.WaitAsync();
        try
        {
            var root = Path.Combine(SiteUnderTest.Folder, "content");
            if (!Directory.Exists(root))
            {
                CopyFolder(Path.Combine(Repository.Root, "content"), root);
            }

            var courseFolder = Path.Combine(root, folder);
            Directory.CreateDirectory(courseFolder);
            foreach (var (path, text) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(courseFolder, path), text);
            }

            await using var scope = SiteUnderTest.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<ContentImport>().ImportAsync(root);
            Assert.That(report.Refused, Is.Empty, () => "refused: " + string.Join("\n", report.Problems.Where(p => p.IsError)));
            Assert.That(report.Conflicts, Is.Empty);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
