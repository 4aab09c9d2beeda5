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
    public async Task<long> RescoreAsync(string runId, ScoreTrigger trigger, int batchSize, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long done;
        long after;
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
                return done;
            }

            done += await scorer.ScoreAsync(batch, trigger, runId, cancellationToken);
            after = batch[^1];
            progress?.Report(done);
        }
    }
}
