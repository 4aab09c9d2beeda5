using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Data;

/// <summary>Hands out the configured provider's context as the registry context everything else asks for.</summary>
internal sealed class RegistryDbContextFactory<TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<RegistryDbContext>
    where TContext : RegistryDbContext
{
    public RegistryDbContext CreateDbContext() => pool.CreateDbContext();

    public async Task<RegistryDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await pool.CreateDbContextAsync(cancellationToken);
}
