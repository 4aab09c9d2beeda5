using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Verification;

/// <summary>The configured delay of an in-process source, acting out a slow administration.</summary>
public sealed class SimulatedLatency(IOptions<VerificationOptions> options)
{
    public Task WaitAsync(VerificationSource source, CancellationToken cancellationToken) =>
        options.Value.SimulatedLatency.TryGetValue(source.ToString(), out var delay) && delay > TimeSpan.Zero
            ? Task.Delay(delay, cancellationToken)
            : Task.CompletedTask;
}
