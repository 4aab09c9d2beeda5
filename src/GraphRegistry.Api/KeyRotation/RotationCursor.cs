using System.Data.Common;
using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>Reading and saving a run's cursor, shared by re-encryption and re-indexing.</summary>
internal static class RotationCursor
{
    public static async Task<KeyRotationRun> LoadAsync(IDbContextFactory<RegistryDbContext> contexts, string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.KeyRotationRuns.AsNoTracking().SingleAsync(r => r.RunId == runId, cancellationToken);
    }

    public static async Task SaveAsync(IDbContextFactory<RegistryDbContext> contexts, KeyRotationRun run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await SaveAsync(db, run.RunId, run.Pass, run.TableName, run.AfterId, run.RowsRewritten, run.CompletedAt, cancellationToken);
    }

    /// <summary>Saves in <paramref name="db"/>'s transaction when it has one: with the batch it describes.</summary>
    public static Task SaveAsync(RegistryDbContext db, string runId, int pass, string table, long afterId, long rewritten, DateTimeOffset? completedAt, CancellationToken cancellationToken) =>
        db.KeyRotationRuns.Where(r => r.RunId == runId).ExecuteUpdateAsync(
            set => set
                .SetProperty(r => r.Pass, pass)
                .SetProperty(r => r.TableName, table)
                .SetProperty(r => r.AfterId, afterId)
                .SetProperty(r => r.RowsRewritten, rewritten)
                .SetProperty(r => r.CompletedAt, completedAt),
            cancellationToken);

    /// <summary>Rows of <paramref name="table"/> with a key up to <paramref name="afterId"/> (all of them for <see cref="long.MaxValue"/>).</summary>
    public static async Task<long> CountUpToAsync(DbConnection connection, string table, long afterId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT COUNT(*) FROM "{table}" WHERE "Id" <= @after""";
        AddParameter(command, "@after", afterId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Waits until <paramref name="since"/> plus one key-refresh interval (and a margin): by then every node has read the keys as they were at <paramref name="since"/>.</summary>
    public static async Task WaitForNodesAsync(DateTimeOffset since, TimeSpan refreshInterval, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settled = since + refreshInterval + TimeSpan.FromSeconds(5) - clock.GetUtcNow();
        if (settled > TimeSpan.Zero)
        {
            await Task.Delay(settled, clock, cancellationToken);
        }
    }
}
