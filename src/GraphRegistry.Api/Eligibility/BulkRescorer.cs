using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility.Scoring;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Rescores every household in key order, a batch per transaction, tagging each score with the run
/// id. At most a few batches are in memory (<see cref="BatchPipeline"/>), however many households
/// there are. Batches commit strictly in key order: an interrupted run, restarted with the same id,
/// resumes after the last committed household, so no household is scored twice in a run.
/// </summary>
public sealed class BulkRescorer(IDbContextFactory<RegistryDbContext> contexts, HouseholdScorer scorer, ScoreModelProvider models)
{
    /// <summary>Returns the households scored in this run (with earlier attempts of the same run) and those skipped for an impossible declaration.</summary>
    public async Task<(long Scored, long Rejected)> RescoreAsync(string runId, ScoreTrigger trigger, int batchSize, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long done;
        long after;
        long rejected = 0;

        // One model for the whole run: a model published meanwhile waits for the next run.
        var model = await models.CurrentAsync(cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            after = await db.ScoreComputations.Where(s => s.RunId == runId).MaxAsync(s => (long?)s.HouseholdId, cancellationToken) ?? 0;
            done = await db.ScoreComputations.LongCountAsync(s => s.RunId == runId, cancellationToken);
            if (await db.ScoreComputations.AnyAsync(s => s.RunId == runId && s.ModelVersion != model.Version, cancellationToken))
            {
                throw RescoringFailedException.CannotResume(runId, done, $"it was started with another score model than {model.Version}; start a new run (another --run id) instead.");
            }
        }

        // Scoring runs on both cores and ahead of the writer (see BatchPipeline), so it keeps the
        // cores busy while a commit waits for its fsync instead of idling until the previous batch
        // is written. Batches are written one at a time in key order: a restarted run resumes
        // after the last commit.
        try
        {
            await BatchPipeline.RunAsync(
                stop => ReadAllAsync(after, batchSize, stop),
                (batch, stop) => scorer.PrepareAsync(batch, trigger, runId, model, stop),
                async (prepared, stop) =>
                {
                    await scorer.WriteAsync(prepared, stop);
                    done += prepared.Rows.Count;
                    rejected += prepared.Rejected.Count;
                    progress?.Report(done);
                },
                cancellationToken);
            return (done, rejected);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw RescoringFailedException.Stopped(runId, done, exception);
        }
    }

    private async IAsyncEnumerable<List<HouseholdToScore>> ReadAllAsync(long after, int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await ReadAsync(after, batchSize, cancellationToken) is { Count: > 0 } batch)
        {
            yield return batch;
            after = batch[^1].Id;
        }
    }

    private async Task<List<HouseholdToScore>> ReadAsync(long after, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ScoringBatchReader.ReadAsync(db, after, batchSize, cancellationToken);
    }
}
