using System.Data;
using System.Security.Cryptography;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// Moves every person's national-ID and IDCS blind index onto the next blind-index key, in key
/// order, a batch per transaction with the run's cursor (resumable, no row written twice). It
/// starts only once every node has read the next key (one key-refresh interval after it was
/// made): from then on nodes write new index values under it and look identifiers up under both
/// keys, so no lookup misses a person whatever the run has reached. At the end the next key
/// becomes the key in force and the old one is deleted.
/// </summary>
public sealed class ReIndexer(
    IDbContextFactory<RegistryDbContext> contexts,
    PersonalDataProtector protector,
    IKeyMaterialStore keys,
    IOptions<KeyMaterialOptions> keyOptions,
    TimeProvider clock)
{
    private const string Table = "Persons";

    private static readonly (string Name, DbType Type)[] IndexColumns = [("NationalIdIndex", DbType.Binary), ("IdcsIndex", DbType.Binary)];

    public async Task RunAsync(string runId, int batchSize, int? rowsPerSecond, IProgress<RotationProgress>? progress, CancellationToken cancellationToken)
    {
        var run = await RotationCursor.LoadAsync(contexts, runId, cancellationToken);
        if (run.CompletedAt is not null)
        {
            return;
        }

        if (keys.BlindIndexKeys.Next is { } next)
        {
            await RotationCursor.WaitForNodesAsync(run.StartedAt, keyOptions.Value.RingRefreshInterval, clock, cancellationToken);
            await ReIndexAllAsync(run, next, batchSize, new RotationThrottle(rowsPerSecond), progress, cancellationToken);
            await keys.PromoteNextBlindIndexKeyAsync(cancellationToken);
        }

        run.CompletedAt = clock.GetUtcNow();
        await RotationCursor.SaveAsync(contexts, run, cancellationToken);
    }

    private async Task ReIndexAllAsync(KeyRotationRun run, byte[] next, int batchSize, RotationThrottle throttle, IProgress<RotationProgress>? progress, CancellationToken cancellationToken)
    {
        long total;
        long walked;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            total = await RotationCursor.CountUpToAsync(db.Database.GetDbConnection(), Table, long.MaxValue, cancellationToken);
            walked = await RotationCursor.CountUpToAsync(db.Database.GetDbConnection(), Table, run.AfterId, cancellationToken);
        }

        await BatchPipeline.RunAsync(
            stop => ReadFromCursorAsync(run.AfterId, batchSize, stop),
            (rows, _) => Task.FromResult((LastId: rows[^1].Id, Read: rows.Count, Changes: RotationRewrite.ChangedRows(rows, row => Reindex(row, next)))),
            async (batch, stop) =>
            {
                var rewritten = await RotationUpdate.WriteBatchAsync(contexts, run, IndexColumns, batch.Changes, batch.LastId, stop);
                run.AfterId = batch.LastId;
                run.RowsRewritten += rewritten;
                walked += batch.Read;
                progress?.Report(new(run.Pass, Table, walked, total, run.RowsRewritten));
                await throttle.WaitAsync(batch.Read, stop);
            },
            cancellationToken);
    }

    private async IAsyncEnumerable<List<PersonIdentifiers>> ReadFromCursorAsync(long afterId, int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await ReadAsync(afterId, batchSize, cancellationToken) is { Count: > 0 } rows)
        {
            yield return rows;
            afterId = rows[^1].Id;
        }
    }

    private (long Id, byte[]?[] OldAndNew)? Reindex(PersonIdentifiers row, byte[] next)
    {
        var nationalId = IndexOf(row, row.NationalId, PersonalField.PersonNationalId, BlindIndexedField.NationalId, next);
        var idcs = IndexOf(row, row.Idcs, PersonalField.PersonIdcs, BlindIndexedField.Idcs, next);
        return Same(nationalId, row.NationalIdIndex) && Same(idcs, row.IdcsIndex)
            ? null
            : (row.Id, [row.NationalIdIndex, nationalId, row.IdcsIndex, idcs]);
    }

    private byte[]? IndexOf(PersonIdentifiers row, string? stored, PersonalField field, BlindIndexedField indexed, byte[] next)
    {
        if (stored is null)
        {
            return null;
        }

        try
        {
            return BlindIndex.ComputeWith(next, indexed, protector.Reveal(field, new Encrypted(stored)));
        }
        catch (CryptographicException)
        {
            throw new KeyRotationRefusedException(
                $"Persons.{indexed} of row {row.Id} cannot be decrypted (its key is missing or revoked, or the value is damaged). Restore the key or repair the row, then resume; the batches before it are kept.");
        }
    }

    private static bool Same(byte[]? a, byte[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    private async Task<List<PersonIdentifiers>> ReadAsync(long afterId, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """SELECT "Id", "NationalId", "Idcs", "NationalIdIndex", "IdcsIndex" FROM "Persons" WHERE "Id" > @after ORDER BY "Id" LIMIT @take""";
        RotationCursor.AddParameter(command, "@after", afterId);
        RotationCursor.AddParameter(command, "@take", take);
        var rows = new List<PersonIdentifiers>(take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PersonIdentifiers(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<byte[]>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4)));
        }

        return rows;
    }

    private sealed record PersonIdentifiers(long Id, string? NationalId, string? Idcs, byte[]? NationalIdIndex, byte[]? IdcsIndex);
}
