using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Identity;

/// <summary>Fails start-up on an identity configuration that would admit development tokens or no tokens.</summary>
public sealed class IdentityStartupCheck(IOptions<JwtOptions> options, IHostEnvironment environment, SigningKeyProvider keys) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        SigningKeyProvider.EnsureUsable(options.Value, environment.IsDevelopment());
        _ = keys.Key;
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
