namespace GraphRegistry.Api.Data;

/// <summary>
/// Work that must finish before the host serves anything: it runs in StartingAsync, ahead of the
/// web server, and an exception stops start-up. Subclasses say what to check or prepare.
/// </summary>
public abstract class StartupCheck : IHostedLifecycleService
{
    public abstract Task StartingAsync(CancellationToken cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
