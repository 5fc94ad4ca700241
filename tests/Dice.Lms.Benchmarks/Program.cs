using BenchmarkDotNet.Running;
using Dice.Lms.Benchmarks;

// dotnet run -c Release --project tests/Dice.Lms.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Dice.Lms.Benchmarks -- seed-sqlite PATH LEARNERS   (the proficiency data set in a SQLite file)
if (args is ["seed-sqlite", var path, var learners])
{
    ProficiencyJobScaling.SeedSqlite(Path.GetFullPath(path), int.Parse(learners, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
