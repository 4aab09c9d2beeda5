using Microsoft.Data.Sqlite;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Counts rows that carry encrypted personal fields without creating or migrating anything,
/// so the key check can run before the registry touches its database.
/// </summary>
public sealed class PersonalDataPresence(RegistryConnectionString connectionString)
{
    private static readonly string[] EncryptedTables = ["Households", "Persons", "ChangeRequests", "Modifications"];

    public async Task<long> CountEncryptedRowsAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString.Value);
        if (!File.Exists(builder.DataSource))
        {
            return 0;
        }

        builder.Mode = SqliteOpenMode.ReadOnly;
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        long total = 0;
        foreach (var table in EncryptedTables)
        {
            if (await TableExistsAsync(connection, table, cancellationToken))
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                total += (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            }
        }

        return total;
    }

    private static async Task<bool> TableExistsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }
}
