using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Dice.Lms.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
