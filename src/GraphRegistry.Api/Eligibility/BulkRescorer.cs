using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility.Scoring;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Rescores every household in key order, a batch per transaction, tagging each score with the run
/// id. While one batch is written the next is read and scored, so memory holds two batches. Batches
/// commit strictly in key order: an interrupted run, restarted with the same id, resumes after the
/// last committed household, so no household is scored twice in a run.
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

        Task<ScoringBatch>? writing = null;
        try
        {
            while (true)
            {
                var batch = await NextBatchAsync(after, batchSize, cancellationToken);
                var prepared = batch.Count == 0 ? null : await scorer.PrepareAsync(batch, trigger, runId, cancellationToken, model);
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

                // SQLite's "async" calls complete synchronously: the write gets a thread of its own,
                // started only after the previous batch committed, so commits stay in key order.
                writing = Task.Run(async () =>
                {
                    await scorer.WriteAsync(prepared, cancellationToken);
                    return prepared.Outcome;
                }, cancellationToken);
                after = batch[^1];
            }
        }
        finally
        {
            // A failure while scoring the next batch must not leave the last write running unobserved.
            if (writing is not null)
            {
                await writing;
            }
        }
    }

    private async Task<List<long>> NextBatchAsync(long after, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Households.AsNoTracking().Where(h => h.Id > after).OrderBy(h => h.Id).Select(h => h.Id).Take(batchSize).ToListAsync(cancellationToken);
    }
}
