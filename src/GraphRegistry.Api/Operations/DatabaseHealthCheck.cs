using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRegistry.Api.Operations;

/// <summary>Ready only when the registry database answers a query (and, on SQLite, its file is still where it is configured).</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<RegistryDbContext> contexts, RegistryDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // SQLite connections stay open (Data/OpenSqliteConnection.cs), and an open connection keeps
        // reading and writing a file deleted or moved under it: a query alone would still answer.
        if (database.DatabaseFile is { } file && IsFilePath(file) && !File.Exists(file))
        {
            return HealthCheckResult.Unhealthy("The database file is not where it is configured.");
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Agencies.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The type only: a database message may quote a connection string.
            return HealthCheckResult.Unhealthy($"The database does not answer ({exception.GetType().Name}).");
        }
    }

    // In-memory databases, URIs and substitutions are not paths File.Exists can judge.
    private static bool IsFilePath(string dataSource) =>
        dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !dataSource.Contains('|', StringComparison.Ordinal);
}
