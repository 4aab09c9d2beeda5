using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.AccessLog;

/// <summary>The access log can be switched off to measure its cost in Development, never anywhere else.</summary>
public sealed class AccessLogStartupCheck(IOptions<AccessLogOptions> options, IHostEnvironment environment) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.Enabled || environment.IsDevelopment()
            ? Task.CompletedTask
            : throw new InvalidOperationException($"{AccessLogOptions.Section}:Enabled=false is only for measurements in Development; the registry never runs without its access log.");

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
