using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Rescores every household in key order, a batch per transaction, tagging each score with the run
/// id. Memory holds one batch; an interrupted run, restarted with the same id, resumes after the
/// last committed household, so no household is scored twice in a run.
/// </summary>
public sealed class BulkRescorer(IDbContextFactory<RegistryDbContext> contexts, HouseholdScorer scorer)
{
    /// <summary>Returns the households scored in this run (with earlier attempts of the same run) and those skipped for an impossible declaration.</summary>
    public async Task<(long Scored, long Rejected)> RescoreAsync(string runId, ScoreTrigger trigger, int batchSize, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long done;
        long after;
        long rejected = 0;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            after = await db.ScoreComputations.Where(s => s.RunId == runId).MaxAsync(s => (long?)s.HouseholdId, cancellationToken) ?? 0;
            done = await db.ScoreComputations.LongCountAsync(s => s.RunId == runId, cancellationToken);
        }

        while (true)
        {
            List<long> batch;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                batch = await db.Households.AsNoTracking().Where(h => h.Id > after).OrderBy(h => h.Id).Select(h => h.Id).Take(batchSize).ToListAsync(cancellationToken);
            }

            if (batch.Count == 0)
            {
                return (done, rejected);
            }

            var result = await scorer.ScoreAsync(batch, trigger, runId, cancellationToken);
            done += result.Scored;
            rejected += result.Rejected.Count;
            after = batch[^1];
            progress?.Report(done);
        }
    }
}
