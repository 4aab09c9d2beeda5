using Microsoft.Extensions.Hosting;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// Holds the registry's start until the test's side of WebApplicationFactory is listening for it.
/// The factory runs Program on a thread of its own and, once the host is built, asks that host's
/// services for its lifetime. A start-up refusal that comes at once (a refused setting) made
/// Program dispose the host first, and the test saw an ObjectDisposedException instead of the
/// refusal. The gate is the first hosted service, so nothing starts, or fails, before it opens.
/// </summary>
public sealed class HostStartGate : IHostedLifecycleService
{
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => opened.TrySetResult();

    public Task StartingAsync(CancellationToken cancellationToken) => opened.Task.WaitAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
