using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Counts rows that carry encrypted personal fields without creating or migrating anything,
/// so the key check can run before the registry touches its database.
/// </summary>
public sealed class PersonalDataPresence(RegistryDatabase database)
{
    private static readonly string[] EncryptedTables = ["Households", "Persons", "ChangeRequests", "Modifications"];

    public async Task<long> CountEncryptedRowsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadOnlyAsync(cancellationToken);
        if (connection is null)
        {
            return 0;
        }

        long total = 0;
        foreach (var table in EncryptedTables)
        {
            if (await TableExistsAsync(connection, table, cancellationToken))
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                total += Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    /// <summary>Null when there is no SQLite file yet: an absent registry holds nothing.</summary>
    private async Task<DbConnection?> OpenReadOnlyAsync(CancellationToken cancellationToken)
    {
        DbConnection connection;
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            connection = new NpgsqlConnection(database.ConnectionString);
        }
        else
        {
            if (!File.Exists(database.DatabaseFile))
            {
                return null;
            }

            connection = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString());
        }

        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task<bool> TableExistsAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == DatabaseProvider.PostgreSql
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name";
        var name = command.CreateParameter();
        name.ParameterName = "@name";
        name.Value = table;
        command.Parameters.Add(name);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
