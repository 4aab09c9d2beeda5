using System.Diagnostics;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.DemoData;

namespace GraphRegistry.Api.Commands;

/// <summary><c>seed --households N</c>: adds N synthetic households (for load tests), showing progress.</summary>
internal static class SeedCommand
{
    public const string Name = "seed";

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (!arguments.TryGetPositiveInt("--households", out var households))
        {
            await Console.Error.WriteLineAsync("usage: seed --households N   (N a positive whole number)");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken, createDemoData: false);

        var clock = Stopwatch.StartNew();
        var progress = new Progress<int>(written =>
            Console.WriteLine($"  {written,10:N0} / {households:N0} households  ({written / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s)"));
        var seeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
        var written = await seeder.SeedAsync(households, progress, cancellationToken);
        Console.WriteLine($"Seeded {written:N0} households in {clock.Elapsed.TotalSeconds:N1} s.");
        return 0;
    }
}
