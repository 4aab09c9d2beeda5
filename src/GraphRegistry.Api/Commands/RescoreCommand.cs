using System.Diagnostics;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Eligibility.Scoring;

namespace GraphRegistry.Api.Commands;

/// <summary>
/// <c>rescore [--run ID] [--batch N]</c>: rescores every household with the model in force and
/// decides eligibility again. Interrupted, the same command with the same run id resumes.
/// </summary>
internal static class RescoreCommand
{
    public const string Name = "rescore";

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken, createDemoData: false);
        var model = await scope.ServiceProvider.GetRequiredService<ScoreModelProvider>().CurrentAsync(cancellationToken);
        var runId = arguments.Get("--run") ?? $"{model.Version}-{DateTime.UtcNow:yyyyMMdd}";
        var batch = arguments.TryGetPositiveInt("--batch", out var size) ? size : 1000;
        var clock = Stopwatch.StartNew();
        var progress = new Progress<long>(done =>
            Console.WriteLine($"  {done,10:N0} households rescored ({done / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s, {Environment.WorkingSet / 1_048_576:N0} MiB)"));
        Console.WriteLine($"Run {runId} with model {model.Version} ({model.Provenance}).");
        long done;
        long rejected;
        try
        {
            (done, rejected) = await scope.ServiceProvider.GetRequiredService<BulkRescorer>().RescoreAsync(runId, ScoreTrigger.Periodic, batch, progress, cancellationToken);
        }
        catch (RescoringFailedException failure)
        {
            await Console.Error.WriteLineAsync(failure.Message);
            if (failure.FailureStackTrace is { } where)
            {
                await Console.Error.WriteLineAsync(where);
            }

            return 1;
        }

        if (rejected > 0)
        {
            Console.WriteLine($"{rejected:N0} households were not scored: their declaration has impossible values (rooms, members or spending).");
        }

        Console.WriteLine($"Rescored {done:N0} households in run {runId} in {clock.Elapsed.TotalSeconds:N1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MiB.");
        return 0;
    }
}
