namespace GraphRegistry.Api.Data;

/// <summary>Prepares the database before anything is served, so no request reaches an unmigrated or keyless registry.</summary>
public sealed class RegistryStartup(IServiceScopeFactory scopes) : StartupCheck
{
    protected override async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken);
    }
}
