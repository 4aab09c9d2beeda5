using System.Diagnostics;
using System.Globalization;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.KeyRotation;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Commands;

/// <summary>
/// <c>rotate-keys [--blind-index] [--run ID] [--batch N] [--rows-per-second N] [--revoke-old] [--vacuum]</c>:
/// makes a new Data Protection key and re-encrypts every personal value under it (or, with
/// --blind-index, a new blind-index key and re-indexes every identifier), batch by batch, while the
/// registry serves. Killed, the same command with the run id it printed resumes after the last
/// committed batch. A Data Protection run ends counting the values under each key; --revoke-old
/// then revokes the others, and --vacuum (SQLite) rewrites the file so its free space keeps no old
/// ciphertext. A blind-index run ends deleting the old blind-index key.
/// </summary>
internal static class RotateKeysCommand
{
    public const string Name = "rotate-keys";
    /// <summary>Rows per transaction: on SQLite requests' log commits wait for the batch's write lock, so it is kept short.</summary>
    public const int DefaultBatch = 500;
    public const int MaxBatch = 100_000;

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        // Every word is checked before the database is touched: a mistyped command changes nothing.
        if (Usage(arguments) is { } usage)
        {
            await Console.Error.WriteLineAsync($"{usage} Nothing was changed.");
            return 2;
        }

        var runId = arguments.Get("--run");
        var kind = arguments.Has("--blind-index") ? KeyRotationKind.BlindIndex : KeyRotationKind.DataProtection;
        var batch = arguments.Has("--batch") ? int.Parse(arguments.Get("--batch")!, CultureInfo.InvariantCulture) : DefaultBatch;
        int? rowsPerSecond = arguments.Has("--rows-per-second") ? int.Parse(arguments.Get("--rows-per-second")!, CultureInfo.InvariantCulture) : null;

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken, createDemoData: false);
        try
        {
            await using var held = await KeyRotationLock.AcquireAsync(services.GetRequiredService<RegistryDatabase>(), cancellationToken);
            var runs = services.GetRequiredService<KeyRotationRuns>();
            var run = runId is null ? await runs.StartAsync(kind, cancellationToken) : await runs.ResumeAsync(runId, kind, cancellationToken);
            Console.WriteLine(run switch
            {
                _ when runId is null && kind == KeyRotationKind.BlindIndex =>
                    $"Run {run.RunId}: new blind-index key {run.TargetKeyId}; nodes read it within {KeyMaterialOptions.Section}:{nameof(KeyMaterialOptions.RingRefreshInterval)}, then every national ID and IDCS is re-indexed under it. Interrupted, resume with --blind-index --run {run.RunId}.",
                _ when runId is null => $"Run {run.RunId}: new key {run.TargetKeyId}; every personal value is re-encrypted under it. Interrupted, resume with --run {run.RunId}.",
                { CompletedAt: not null } => $"Run {run.RunId} has already moved every value onto key {run.TargetKeyId}.",
                _ => $"Run {run.RunId}: resuming under key {run.TargetKeyId} (pass {run.Pass}, {run.TableName} after row {run.AfterId:N0}).",
            });

            var clock = Stopwatch.StartNew();
            var progress = new ConsoleProgress(clock);
            if (kind == KeyRotationKind.BlindIndex)
            {
                await services.GetRequiredService<ReIndexer>().RunAsync(run.RunId, batch, rowsPerSecond, progress, cancellationToken);
                run = await runs.ResumeAsync(run.RunId, kind, cancellationToken);
                Console.WriteLine($"Blind-index key {run.TargetKeyId} is in force; the old key was deleted. Agencies' pseudonyms of each re-indexed person changed.");
            }
            else
            {
                var counted = await services.GetRequiredService<ReEncryptor>().RunAsync(run.RunId, batch, rowsPerSecond, progress, cancellationToken);
                run = await runs.ResumeAsync(run.RunId, kind, cancellationToken);
                await ReportAndRevokeAsync(runs, run, counted, arguments.Has("--revoke-old"), arguments.Has("--vacuum"), cancellationToken);
            }

            Console.WriteLine($"Run {run.RunId} complete: {run.RowsRewritten:N0} rows rewritten in all; this attempt took {clock.Elapsed.TotalSeconds:N1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MiB.");
            return 0;
        }
        catch (KeyRotationRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    private static async Task ReportAndRevokeAsync(KeyRotationRuns runs, KeyRotationRun run, IReadOnlyDictionary<Guid, long>? counted, bool revokeOld, bool vacuum, CancellationToken cancellationToken)
    {
        var compacting = Stopwatch.StartNew();
        if (vacuum && await runs.CompactSqliteFileAsync(cancellationToken))
        {
            Console.WriteLine($"Rewrote the SQLite file without the old ciphertext its free space held (VACUUM) in {compacting.Elapsed.TotalSeconds:N1} s.");
        }

        var counting = Stopwatch.StartNew();
        var keyUsage = await runs.FinishAsync(run, counted, cancellationToken);
        Console.WriteLine(counted is null ? $"Values under each key (counted in {counting.Elapsed.TotalSeconds:N1} s):" : "Values under each key (counted as the last pass ended):");
        foreach (var key in keyUsage)
        {
            var name = key.KeyId == Guid.Empty ? "a key the ring does not hold" : key.KeyId.ToString();
            Console.WriteLine($"  {name}{(key.IsRunKey ? " (this run's)" : string.Empty)}{(key.IsRevoked ? " (revoked)" : string.Empty)}: {key.Values:N0}");
        }

        if (revokeOld)
        {
            foreach (var revoked in runs.RevokeOlderKeys(run, keyUsage))
            {
                Console.WriteLine($"Revoked key {revoked}.");
            }
        }
    }

    private static string? Usage(CommandArguments arguments)
    {
        if (arguments.Has("--blind-index") && (arguments.Has("--revoke-old") || arguments.Has("--vacuum")))
        {
            return "--revoke-old and --vacuum belong to a Data Protection run; a --blind-index run deletes its old key itself when it ends.";
        }

        if (arguments.Has("--run") && string.IsNullOrWhiteSpace(arguments.Get("--run")))
        {
            return "--run needs the id of the run to resume (rotate-keys printed it when the run started).";
        }

        if (arguments.Has("--batch") && !(arguments.TryGetPositiveInt("--batch", out var batch) && batch <= MaxBatch))
        {
            return $"--batch must be a whole number from 1 to {MaxBatch:N0}.";
        }

        return arguments.Has("--rows-per-second") && !arguments.TryGetPositiveInt("--rows-per-second", out _)
            ? "--rows-per-second must be a whole number above 0."
            : null;
    }

    /// <summary>A line a second at most (and the first batch's), in order: what an operator watches and a script can wait for.</summary>
    private sealed class ConsoleProgress(Stopwatch clock) : IProgress<RotationProgress>
    {
        private TimeSpan printedAt = TimeSpan.MinValue;
        private TimeSpan firstAt;
        private long walkedAtFirst = -1;

        public void Report(RotationProgress value)
        {
            // The rate counts from the first batch: a blind-index run waits for the nodes before it.
            if (walkedAtFirst < 0)
            {
                (walkedAtFirst, firstAt) = (value.Walked, clock.Elapsed);
            }
            else if (clock.Elapsed - printedAt < TimeSpan.FromSeconds(1) && value.Walked < value.Total)
            {
                return;
            }

            printedAt = clock.Elapsed;
            var rate = (value.Walked - walkedAtFirst) / Math.Max((clock.Elapsed - firstAt).TotalSeconds, 0.001);
            var speed = rate > 0 ? $"{rate:N0} rows/s, ETA {TimeSpan.FromSeconds((value.Total - value.Walked) / rate):hh\\:mm\\:ss}" : "first batch";
            Console.WriteLine(
                $"  pass {value.Pass}, {value.Table}: {value.Walked:N0} / {value.Total:N0} rows ({100.0 * value.Walked / Math.Max(value.Total, 1):N1} %), "
                + $"{speed}; {value.Rewritten:N0} rewritten; {Environment.WorkingSet / 1_048_576:N0} MiB");
        }
    }
}
