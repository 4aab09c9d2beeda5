using System.Data.Common;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// Counts the encrypted values under each Data Protection key, and finds values under given keys,
/// by the key id in each ciphertext's clear header: nothing is decrypted. Every encrypted column
/// of every table is read once (a full scan: seconds for a million households).
/// </summary>
public static class KeyUsageCensus
{
    /// <summary>
    /// Values per key id, for the keys of the ring; values whose header names no key of the ring are
    /// counted under <see cref="Guid.Empty"/>. One scan per table, however many columns and keys.
    /// </summary>
    public static async Task<Dictionary<Guid, long>> CountAsync(DbConnection connection, IEnumerable<IKey> keys, CancellationToken cancellationToken)
    {
        var keyIds = keys.Select(key => key.KeyId).ToList();
        var counts = keyIds.Append(Guid.Empty).ToDictionary(id => id, _ => 0L);
        foreach (var table in EncryptedTables.All)
        {
            await using var command = connection.CreateCommand();
            var prefixes = keyIds.Select(id => Parameter(command, CiphertextKey.PrefixOf(id))).ToList();

            // Per key, the values of every column under it; then every value, to find those under no key of the ring.
            var perKey = prefixes.Select(prefix => string.Join(" + ", table.Columns.Select(c => $"COALESCE(SUM(CASE WHEN substr(\"{c.Name}\", 1, {CiphertextKey.PrefixLength}) = {prefix} THEN 1 ELSE 0 END), 0)")));
            var all = string.Join(" + ", table.Columns.Select(c => $"COUNT(\"{c.Name}\")"));
            command.CommandText = $"SELECT {string.Join(", ", perKey.Append(all))} FROM \"{table.Name}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var underKnownKeys = 0L;
            for (var k = 0; k < keyIds.Count; k++)
            {
                var values = Convert.ToInt64(reader.GetValue(k), System.Globalization.CultureInfo.InvariantCulture);
                counts[keyIds[k]] += values;
                underKnownKeys += values;
            }

            counts[Guid.Empty] += Convert.ToInt64(reader.GetValue(keyIds.Count), System.Globalization.CultureInfo.InvariantCulture) - underKnownKeys;
        }

        if (counts[Guid.Empty] == 0)
        {
            counts.Remove(Guid.Empty);
        }

        return counts;
    }

    /// <summary>The first table holding a value under one of <paramref name="keyIds"/>, as "Table.Column", or null when none does. One scan per table.</summary>
    public static async Task<string?> FindUnderAsync(DbConnection connection, IReadOnlyCollection<Guid> keyIds, CancellationToken cancellationToken)
    {
        foreach (var table in EncryptedTables.All)
        {
            await using var command = connection.CreateCommand();
            var prefixes = string.Join(", ", keyIds.Select(keyId => Parameter(command, CiphertextKey.PrefixOf(keyId))));

            // The first matching column's name, so the refusal can say where.
            var matches = table.Columns.Select(c => $"WHEN substr(\"{c.Name}\", 1, {CiphertextKey.PrefixLength}) IN ({prefixes}) THEN '{c.Name}'").ToList();
            command.CommandText = $"SELECT column_name FROM (SELECT CASE {string.Join(" ", matches)} END AS column_name FROM \"{table.Name}\") AS found WHERE column_name IS NOT NULL LIMIT 1";
            if (await command.ExecuteScalarAsync(cancellationToken) is string column)
            {
                return $"{table.Name}.{column}";
            }
        }

        return null;
    }

    private static string Parameter(DbCommand command, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = $"@p{command.Parameters.Count}";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
