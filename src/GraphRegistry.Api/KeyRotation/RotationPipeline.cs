using System.Threading.Channels;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// A run's three stages joined by short queues, each on a thread of its own: reading batches,
/// rewriting them on every core, writing them one at a time in key order (so a killed run resumes
/// after its last commit). Reading and rewriting go on while a batch waits for its commit; at
/// most four batches are in memory, however large the registry.
/// </summary>
internal static class RotationPipeline
{
    public static async Task RunAsync<TRead, TWrite>(
        Func<CancellationToken, IAsyncEnumerable<TRead>> read,
        Func<TRead, TWrite> rewrite,
        Func<TWrite, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readQueue = Channel.CreateBounded<TRead>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var rewrittenQueue = Channel.CreateBounded<TWrite>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => FeedAsync(readQueue.Writer, async () =>
        {
            await foreach (var batch in read(stop.Token))
            {
                await readQueue.Writer.WriteAsync(batch, stop.Token);
            }
        }), stop.Token);
        var rewriting = Task.Run(() => FeedAsync(rewrittenQueue.Writer, async () =>
        {
            await foreach (var batch in readQueue.Reader.ReadAllAsync(stop.Token))
            {
                await rewrittenQueue.Writer.WriteAsync(rewrite(batch), stop.Token);
            }
        }), stop.Token);
        try
        {
            await foreach (var batch in rewrittenQueue.Reader.ReadAllAsync(stop.Token))
            {
                await write(batch, stop.Token);
            }

            await Task.WhenAll(reading, rewriting);
        }
        finally
        {
            // A failed stage stops the others; none is left running unobserved.
            await stop.CancelAsync();
            await Task.WhenAll(reading, rewriting).ContinueWith(_ => { }, TaskScheduler.Default);
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
