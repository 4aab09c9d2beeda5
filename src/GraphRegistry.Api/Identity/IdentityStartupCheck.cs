using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Identity;

/// <summary>Fails start-up on an identity configuration that would admit development tokens or no tokens.</summary>
public sealed class IdentityStartupCheck(IOptions<JwtOptions> options, IHostEnvironment environment, SigningKeyProvider keys) : StartupCheck
{
    protected override Task CheckAsync(CancellationToken cancellationToken)
    {
        SigningKeyProvider.EnsureUsable(options.Value, environment.IsDevelopment());
        _ = keys.Key;
        return Task.CompletedTask;
    }
}
