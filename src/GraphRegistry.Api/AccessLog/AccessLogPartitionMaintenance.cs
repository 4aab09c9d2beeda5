using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// On PostgreSQL, makes the current month's partition and the next ones ahead of time, at start
/// (after the migrations) and every <see cref="Interval"/> on the registry's clock. A failure is
/// logged and tried again next time: the writer still makes a missing month itself.
/// </summary>
public sealed class AccessLogPartitionMaintenance(IDbContextFactory<RegistryDbContext> contexts, RegistryDatabase database, TimeProvider clock, ILogger<AccessLogPartitionMaintenance> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                foreach (var month in await AccessLogPartitions.EnsureAheadAsync(db, clock.GetUtcNow().UtcDateTime, stoppingToken))
                {
                    logger.LogInformation("Access log partition for {Month} created ahead of time", month.ToString());
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Creating the access log's partitions ahead of time failed with {ExceptionType}; the writer creates a missing month itself", exception.GetType().Name);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
