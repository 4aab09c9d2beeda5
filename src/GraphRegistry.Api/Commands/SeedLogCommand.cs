using System.Diagnostics;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Commands;

/// <summary>
/// <c>seed-log --entries N</c>: appends N synthetic, validly chained access log entries, to measure
/// the log and its verification at scale. Development only. Each transaction takes its turn on the
/// chain as the writer does, so the chain stays one; still, run it while no registry serves the same
/// database: it holds the log's write lock for 10,000 entries at a time.
/// </summary>
internal static class SeedLogCommand
{
    public const string Name = "seed-log";

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            await Console.Error.WriteLineAsync("seed-log writes synthetic entries into the access log: it runs only in Development.");
            return 2;
        }

        if (!arguments.TryGetPositiveInt("--entries", out var entries))
        {
            await Console.Error.WriteLineAsync("usage: seed-log --entries N   (N a positive whole number)");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken, createDemoData: false);
        var clock = Stopwatch.StartNew();
        var reported = 0L;
        var progress = new Progress<long>(written =>
        {
            // Every million entries, and at the end.
            if (written / 1_000_000 > reported / 1_000_000 || written == entries)
            {
                Console.WriteLine($"  {written,12:N0} / {entries:N0} entries  ({written / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s, {Environment.WorkingSet / 1_048_576:N0} MiB)");
            }

            reported = written;
        });
        var (first, last) = await scope.ServiceProvider.GetRequiredService<SyntheticLogSeeder>().AppendAsync(entries, progress, cancellationToken);
        Console.WriteLine($"Appended entries {first:N0} to {last:N0} in {clock.Elapsed.TotalSeconds:N1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MiB.");
        return 0;
    }
}
