using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility.Scoring;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Rescores every household in key order, a batch per transaction, tagging each score with the run
/// id. Three batches are in flight: one read, one scored, one written, so memory holds three
/// batches however many households there are. Batches commit strictly in key order: an interrupted
/// run, restarted with the same id, resumes after the last committed household, so no household is
/// scored twice in a run.
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
                throw new InvalidOperationException($"Run {runId} was started with another score model than {model.Version}; start a new run instead of resuming it.");
            }
        }

        // SQLite's "async" calls complete synchronously: reading and writing each get a thread of
        // their own, so both cores score while the next batch is read and the previous one written.
        var reading = Task.Run(() => ReadAsync(after, batchSize, cancellationToken), cancellationToken);
        Task<ScoringBatch>? writing = null;
        try
        {
            while (true)
            {
                var batch = await reading;
                if (batch.Count > 0)
                {
                    var next = batch[^1].Id;
                    reading = Task.Run(() => ReadAsync(next, batchSize, cancellationToken), cancellationToken);
                }

                var prepared = batch.Count == 0 ? null : await scorer.PrepareAsync(batch, trigger, runId, model, cancellationToken);
                if (writing is not null)
                {
                    var written = await writing;
                    writing = null;
                    done += written.Scored;
                    rejected += written.Rejected.Count;
                    progress?.Report(done);
                }

                if (prepared is null)
                {
                    return (done, rejected);
                }

                // Started only after the previous batch committed, so commits stay in key order.
                writing = Task.Run(async () =>
                {
                    await scorer.WriteAsync(prepared, cancellationToken);
                    return prepared.Outcome;
                }, cancellationToken);
            }
        }
        finally
        {
            // A failure while scoring the next batch must not leave the last write (or the read ahead) running unobserved.
            if (writing is not null)
            {
                await writing;
            }

            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<List<HouseholdToScore>> ReadAsync(long after, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ScoringBatchReader.ReadAsync(db, after, batchSize, cancellationToken);
    }
}
