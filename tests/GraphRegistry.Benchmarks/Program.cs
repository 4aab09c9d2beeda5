using BenchmarkDotNet.Running;

namespace GraphRegistry.Benchmarks;

/// <summary><c>dotnet run -c Release --project tests/GraphRegistry.Benchmarks -- --filter '*'</c></summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
