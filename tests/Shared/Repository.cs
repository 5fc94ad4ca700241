// Shared by every test project (linked from tests/Directory.Build.props).
namespace Dice.Lms.Tests;

public static class Repository
{
    /// <summary>The checkout's root: the folder holding Dice.Lms.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dice.Lms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dice.Lms.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
