using System.Data.Common;
using System.Text;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// Counts the encrypted values under each Data Protection key, and finds values under given keys,
/// by the key id in each ciphertext's clear header: nothing is decrypted. Every encrypted column
/// of every table is read once (a full scan: seconds for a million households).
/// </summary>
public static class KeyUsageCensus
{
    /// <summary>Values per key id; values whose header names no key of the ring are counted under <see cref="Guid.Empty"/>.</summary>
    public static async Task<Dictionary<Guid, long>> CountAsync(DbConnection connection, IEnumerable<IKey> keys, CancellationToken cancellationToken)
    {
        var byPrefix = keys.ToDictionary(key => CiphertextKey.PrefixOf(key.KeyId), key => key.KeyId);
        var counts = new Dictionary<Guid, long>();
        foreach (var table in EncryptedTables.All)
        {
            var prefixes = string.Join(" UNION ALL ", table.Columns.Select(c => $"SELECT substr(\"{c.Name}\", 1, {CiphertextKey.PrefixLength}) AS p FROM \"{table.Name}\" WHERE \"{c.Name}\" IS NOT NULL"));
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT p, COUNT(*) FROM ({prefixes}) AS header GROUP BY p";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = byPrefix.GetValueOrDefault(reader.GetString(0));
                counts[key] = counts.GetValueOrDefault(key) + reader.GetInt64(1);
            }
        }

        return counts;
    }

    /// <summary>The first column holding a value under one of <paramref name="keyIds"/>, as "Table.Column", or null when none does.</summary>
    public static async Task<string?> FindUnderAsync(DbConnection connection, IReadOnlyCollection<Guid> keyIds, CancellationToken cancellationToken)
    {
        foreach (var table in EncryptedTables.All)
        {
            foreach (var column in table.Columns)
            {
                await using var command = connection.CreateCommand();
                var sql = new StringBuilder($"SELECT 1 FROM \"{table.Name}\" WHERE substr(\"{column.Name}\", 1, {CiphertextKey.PrefixLength}) IN (");
                var index = 0;
                foreach (var keyId in keyIds)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"@p{index}";
                    parameter.Value = CiphertextKey.PrefixOf(keyId);
                    command.Parameters.Add(parameter);
                    sql.Append(index++ == 0 ? string.Empty : ", ").Append(parameter.ParameterName);
                }

                command.CommandText = sql.Append(") LIMIT 1").ToString();
                if (await command.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    return $"{table.Name}.{column.Name}";
                }
            }
        }

        return null;
    }
}
