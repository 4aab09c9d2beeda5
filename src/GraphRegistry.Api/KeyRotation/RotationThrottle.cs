using System.Diagnostics;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>Holds a run to at most a given number of rows per second (--rows-per-second), leaving the rest of the machine to the requests it serves.</summary>
internal sealed class RotationThrottle(int? rowsPerSecond)
{
    private readonly long started = Stopwatch.GetTimestamp();
    private long rows;

    public Task WaitAsync(int batchRows, CancellationToken cancellationToken)
    {
        rows += batchRows;
        if (rowsPerSecond is not { } rate)
        {
            return Task.CompletedTask;
        }

        var ahead = TimeSpan.FromSeconds((double)rows / rate) - Stopwatch.GetElapsedTime(started);
        return ahead > TimeSpan.Zero ? Task.Delay(ahead, cancellationToken) : Task.CompletedTask;
    }
}
