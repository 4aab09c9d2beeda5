namespace GraphRegistry.Api.Data;

/// <summary>
/// Work that must finish before the host serves anything: it runs in StartingAsync, ahead of the
/// web server, and an exception stops start-up. Subclasses say what to check or prepare. A check
/// that passed is not run again: the registry's own process runs the checks itself before it
/// starts the host (see Program), and the host then finds them done.
/// </summary>
public abstract class StartupCheck : IHostedLifecycleService
{
    private bool passed;

    /// <summary>Runs every start-up check registered with <paramref name="services"/>, in the order the host would.</summary>
    public static async Task RunAllAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var check in services.GetServices<IHostedService>().OfType<StartupCheck>())
        {
            await check.StartingAsync(cancellationToken);
        }
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!passed)
        {
            await CheckAsync(cancellationToken);
            passed = true;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task CheckAsync(CancellationToken cancellationToken);
}
