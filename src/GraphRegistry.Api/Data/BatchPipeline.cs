using System.Threading.Channels;

namespace GraphRegistry.Api.Data;

/// <summary>
/// A bulk run's three stages joined by short queues, each on a thread of its own (SQLite's "async"
/// calls complete synchronously): reading batches, transforming them (on every core), writing them
/// one at a time in key order, so an interrupted run resumes after its last commit. Reading and
/// transforming go on while a batch waits for its commit's fsync; at most four batches are in
/// memory (one read and one waiting, two transformed waiting), however large the registry.
/// Rescoring and key rotation both run on it.
/// </summary>
internal static class BatchPipeline
{
    public static async Task RunAsync<TRead, TWrite>(
        Func<CancellationToken, IAsyncEnumerable<TRead>> read,
        Func<TRead, CancellationToken, Task<TWrite>> transform,
        Func<TWrite, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readQueue = Channel.CreateBounded<TRead>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var transformedQueue = Channel.CreateBounded<TWrite>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => FeedAsync(readQueue.Writer, async () =>
        {
            await foreach (var batch in read(stop.Token))
            {
                await readQueue.Writer.WriteAsync(batch, stop.Token);
            }
        }), stop.Token);
        var transforming = Task.Run(() => FeedAsync(transformedQueue.Writer, async () =>
        {
            await foreach (var batch in readQueue.Reader.ReadAllAsync(stop.Token))
            {
                await transformedQueue.Writer.WriteAsync(await transform(batch, stop.Token), stop.Token);
            }
        }), stop.Token);
        try
        {
            await foreach (var batch in transformedQueue.Reader.ReadAllAsync(stop.Token))
            {
                await write(batch, stop.Token);
            }

            await Task.WhenAll(reading, transforming);
        }
        finally
        {
            // A failed stage stops the others; none is left running unobserved.
            await stop.CancelAsync();
            await Task.WhenAll(reading, transforming).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    // A stage completes the queue it feeds when it ends, with its failure if it fails, so the
    // stage reading that queue ends too and the failure reaches the writer's loop as it was thrown.
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
}
