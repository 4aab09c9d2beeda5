using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRegistry.Api.Operations;

/// <summary>Ready only when the registry database answers a query (and, on SQLite, its files are still where they are configured).</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<RegistryDbContext> contexts, RegistryDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // SQLite connections stay open (Data/OpenSqliteConnection.cs), and an open connection keeps
        // reading and writing a file deleted or moved under it: a query alone would still answer.
        // Only a data source on disk has the access log's file beside it (RegistryDatabase.AccessLogFile).
        if (database.AccessLogFile is { } logFile && !(File.Exists(database.DatabaseFile) && File.Exists(logFile)))
        {
            return HealthCheckResult.Unhealthy("The database file or the access log's file is not where it is configured.");
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
}
