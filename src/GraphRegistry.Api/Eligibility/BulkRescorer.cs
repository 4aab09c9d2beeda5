using System.Threading.Channels;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility.Scoring;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Rescores every household in key order, a batch per transaction, tagging each score with the run
/// id. At most six batches are in memory (one read and one waiting, one scored and two waiting,
/// one written), however many households there are. Batches commit strictly in key order: an
/// interrupted run, restarted with the same id, resumes after the last committed household, so no
/// household is scored twice in a run.
/// </summary>
public sealed class BulkRescorer(IDbContextFactory<RegistryDbContext> contexts, HouseholdScorer scorer, ScoreModelProvider models)
{
    private const int ReadAhead = 1;
    private const int ScoredAhead = 2;

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

        // Three stages joined by short queues, each on a thread of its own (SQLite's "async" calls
        // complete synchronously): reading, scoring on both cores, writing. Scoring runs ahead of
        // the writer by up to ScoredAhead batches, so it keeps the cores busy while a commit waits
        // for its fsync instead of idling until the previous batch is written.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var read = Channel.CreateBounded<List<HouseholdToScore>>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var scored = Channel.CreateBounded<PreparedScores>(new BoundedChannelOptions(ScoredAhead) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAllAsync(after, batchSize, read.Writer, stop.Token), stop.Token);
        var scoring = Task.Run(() => ScoreAllAsync(read.Reader, scored.Writer, trigger, runId, model, stop.Token), stop.Token);
        try
        {
            // Batches are written one at a time in key order: a restarted run resumes after the last commit.
            await foreach (var prepared in scored.Reader.ReadAllAsync(stop.Token))
            {
                await scorer.WriteAsync(prepared, stop.Token);
                done += prepared.Rows.Count;
                rejected += prepared.Rejected.Count;
                progress?.Report(done);
            }

            await Task.WhenAll(reading, scoring);
            return (done, rejected);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw RescoringFailedException.Stopped(runId, done, exception);
        }
        finally
        {
            // A failed stage stops the others; none is left running unobserved.
            await stop.CancelAsync();
            await Task.WhenAll(reading, scoring).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private Task ReadAllAsync(long after, int batchSize, ChannelWriter<List<HouseholdToScore>> output, CancellationToken cancellationToken) =>
        FeedAsync(output, async () =>
        {
            while (await ReadAsync(after, batchSize, cancellationToken) is { Count: > 0 } batch)
            {
                await output.WriteAsync(batch, cancellationToken);
                after = batch[^1].Id;
            }
        });

    private Task ScoreAllAsync(ChannelReader<List<HouseholdToScore>> input, ChannelWriter<PreparedScores> output, ScoreTrigger trigger, string runId, ScoreModel model, CancellationToken cancellationToken) =>
        FeedAsync(output, async () =>
        {
            await foreach (var batch in input.ReadAllAsync(cancellationToken))
            {
                await output.WriteAsync(await scorer.PrepareAsync(batch, trigger, runId, model, cancellationToken), cancellationToken);
            }
        });

    // A stage completes the queue it feeds when it ends, with its failure if it fails, so the stage
    // reading that queue ends too and the failure reaches the writer's loop.
    private static async Task FeedAsync<T>(ChannelWriter<T> output, Func<Task> stage)
    {
        try
        {
            await stage();
            output.Complete();
        }
        catch (Exception exception)
        {
            output.Complete(exception);
            throw;
        }
    }

    private async Task<List<HouseholdToScore>> ReadAsync(long after, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ScoringBatchReader.ReadAsync(db, after, batchSize, cancellationToken);
    }
}
