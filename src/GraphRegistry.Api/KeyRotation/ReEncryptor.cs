using System.Data;
using System.Security.Cryptography;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Privacy;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// Moves every encrypted value onto a run's key: each table in key order, a batch per transaction,
/// the run's cursor committed with the batch, so a killed run resumes after its last commit and
/// no row is written twice. Values already under the key are left alone. A row changed by a
/// request between reading and writing is not overwritten (each update matches the text it
/// read); the next pass takes it, as it takes values a node wrote under an older key before it
/// read the new key ring.
/// </summary>
public sealed class ReEncryptor(
    IDbContextFactory<RegistryDbContext> contexts,
    PersonalDataProtector protector,
    IKeyManager keys,
    IOptions<KeyMaterialOptions> keyOptions,
    TimeProvider clock)
{
    /// <summary>A run that still finds values under older keys after this many passes stops: some node keeps writing with an old key.</summary>
    public const int MaxPasses = 5;

    /// <summary>Runs (or resumes) the run to its end; returns its last count of values per key, or null when it had completed before.</summary>
    public async Task<Dictionary<Guid, long>?> RunAsync(string runId, int batchSize, int? rowsPerSecond, IProgress<RotationProgress>? progress, CancellationToken cancellationToken)
    {
        Dictionary<Guid, long>? counts = null;
        var run = await RotationCursor.LoadAsync(contexts, runId, cancellationToken);
        var total = await CountRowsAsync(cancellationToken);
        var throttle = new RotationThrottle(rowsPerSecond);
        while (run.CompletedAt is null)
        {
            var walked = await WalkedBeforeCursorAsync(run, cancellationToken);
            await BatchPipeline.RunAsync(
                stop => ReadFromCursorAsync(run.TableName, run.AfterId, batchSize, stop),
                (batch, _) => Task.FromResult(Reprotect(batch, run.TargetKeyId)),
                async (rotated, stop) =>
                {
                    if (rotated.RowsRead == 0)
                    {
                        // The table is done: the cursor moves to the next one (after the last, the pass ends).
                        if (IndexOf(rotated.Table.Name) + 1 is var next && next < EncryptedTables.All.Count)
                        {
                            (run.TableName, run.AfterId) = (EncryptedTables.All[next].Name, 0);
                            await RotationCursor.SaveAsync(contexts, run, stop);
                        }

                        return;
                    }

                    var rewritten = await RotationUpdate.WriteBatchAsync(contexts, run, TextColumns(rotated.Table), rotated.Changes, rotated.LastId, stop);
                    run.RowsRewritten += rewritten;
                    run.AfterId = rotated.LastId;
                    walked += rotated.RowsRead;
                    progress?.Report(new(run.Pass, rotated.Table.Name, walked, total, run.RowsRewritten));
                    await throttle.WaitAsync(rotated.RowsRead, stop);
                },
                cancellationToken);

            counts = await EndPassAsync(run, cancellationToken);
        }

        return counts;
    }

    /// <summary>The batches from the cursor to the end of the last table; an empty batch marks the end of each table.</summary>
    private async IAsyncEnumerable<RotationBatch> ReadFromCursorAsync(string fromTable, long afterId, int batchSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var table = IndexOf(fromTable); table < EncryptedTables.All.Count; table++)
        {
            RotationBatch batch;
            while ((batch = await ReadAsync(EncryptedTables.All[table], afterId, batchSize, cancellationToken)).Rows.Count > 0)
            {
                yield return batch;
                afterId = batch.LastId;
            }

            yield return batch;
            afterId = 0;
        }
    }

    /// <summary>Ends a pass: the run is complete when no value is left under another key, otherwise the next pass starts once every node has read the new ring.</summary>
    private async Task<Dictionary<Guid, long>> EndPassAsync(KeyRotationRun run, CancellationToken cancellationToken)
    {
        var allKeys = keys.GetAllKeys();
        Dictionary<Guid, long> counts;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            counts = await KeyUsageCensus.CountAsync(db.Database.GetDbConnection(), allKeys, cancellationToken);
        }

        var remaining = counts.Where(count => count.Key != run.TargetKeyId).Sum(count => count.Value);
        if (remaining == 0)
        {
            run.CompletedAt = clock.GetUtcNow();
            await RotationCursor.SaveAsync(contexts, run, cancellationToken);
            return counts;
        }

        if (run.Pass >= MaxPasses)
        {
            throw new KeyRotationRefusedException(
                $"Run {run.RunId}: {remaining:N0} values are still under older keys after {MaxPasses} passes. A node is still encrypting with an old key: "
                + $"check every node reads the same key ring (it reads it again every {KeyMaterialOptions.Section}:{nameof(KeyMaterialOptions.RingRefreshInterval)}), then run again with --run {run.RunId}.");
        }

        // Values written meanwhile by nodes that had not yet read the ring with the run's key: by
        // one refresh interval after the key was made, every node encrypts under it.
        var created = allKeys.Single(key => key.KeyId == run.TargetKeyId).CreationDate;
        await RotationCursor.WaitForNodesAsync(created, keyOptions.Value.RingRefreshInterval, clock, cancellationToken);

        run.Pass++;
        run.TableName = EncryptedTables.All[0].Name;
        run.AfterId = 0;
        await RotationCursor.SaveAsync(contexts, run, cancellationToken);
        return counts;
    }

    private RotatedBatch Reprotect(RotationBatch batch, Guid targetKeyId) =>
        new(batch.Table, batch.Rows.Count == 0 ? 0 : batch.LastId, batch.Rows.Count, RotationRewrite.ChangedRows(batch.Rows, row => Reprotect(batch.Table, row, targetKeyId)));

    private (long Id, string?[] OldAndNew)? Reprotect(EncryptedTable table, (long Id, string?[] Values) row, Guid targetKeyId)
    {
        var (id, values) = row;
        string?[]? written = null;
        for (var column = 0; column < values.Length; column++)
        {
            if (values[column] is not { } stored || CiphertextKey.IdOf(stored) == targetKeyId)
            {
                continue;
            }

            string fresh;
            try
            {
                fresh = protector.Reprotect(table.Columns[column].Field, new Encrypted(stored)).Ciphertext;
            }
            catch (CryptographicException)
            {
                // The exception's own message is not repeated: only where, never what.
                throw new KeyRotationRefusedException(
                    $"{table.Name}.{table.Columns[column].Name} of row {id} cannot be decrypted (its key is missing or revoked, or the value is damaged). "
                    + "Restore the key or repair the row, then resume; the batches before it are kept.");
            }

            if (CiphertextKey.IdOf(fresh) != targetKeyId)
            {
                throw new KeyRotationRefusedException(
                    $"The key ring's current key is no longer the run's key {targetKeyId} (a newer key was made meanwhile). Start a new run; the batches before are kept.");
            }

            written ??= (string?[])values.Clone();
            written[column] = fresh;
        }

        return written is null ? null : (id, Interleave(values, written));
    }

    // Old and new text side by side (old0, new0, old1, new1, …): what the update matches and writes.
    private static string?[] Interleave(string?[] old, string?[] fresh)
    {
        var both = new string?[old.Length * 2];
        for (var i = 0; i < old.Length; i++)
        {
            both[2 * i] = old[i];
            both[(2 * i) + 1] = fresh[i];
        }

        return both;
    }

    private async Task<RotationBatch> ReadAsync(EncryptedTable table, long afterId, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""SELECT "Id", {string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))} FROM "{table.Name}" WHERE "Id" > @after ORDER BY "Id" LIMIT @take""";
        RotationCursor.AddParameter(command, "@after", afterId);
        RotationCursor.AddParameter(command, "@take", take);
        var rows = new List<(long, string?[])>(take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new string?[table.Columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i + 1) ? null : reader.GetString(i + 1);
            }

            rows.Add((reader.GetInt64(0), values));
        }

        return new RotationBatch(table, rows);
    }

    private async Task<long> CountRowsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Households.LongCountAsync(cancellationToken) + await db.Persons.LongCountAsync(cancellationToken)
            + await db.ChangeRequests.LongCountAsync(cancellationToken) + await db.Modifications.LongCountAsync(cancellationToken);
    }

    // Rows of the tables before the cursor's, and of its own up to the cursor: what a resumed pass has already walked.
    private async Task<long> WalkedBeforeCursorAsync(KeyRotationRun run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var walked = 0L;
        foreach (var table in EncryptedTables.All.Take(IndexOf(run.TableName) + 1))
        {
            walked += await RotationCursor.CountUpToAsync(db.Database.GetDbConnection(), table.Name, table.Name == run.TableName ? run.AfterId : long.MaxValue, cancellationToken);
        }

        return walked;
    }

    private static (string Name, DbType Type)[] TextColumns(EncryptedTable table) => [.. table.Columns.Select(c => (c.Name, DbType.String))];

    private static int IndexOf(string table) => EncryptedTables.All.ToList().FindIndex(t => t.Name == table);
}
