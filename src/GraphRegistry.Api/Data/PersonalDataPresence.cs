using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Tells whether any row carries encrypted personal fields, without creating or migrating anything,
/// so the key check can run before the registry touches its database. One row per table is
/// enough to know; counting would scan millions at every start.
/// </summary>
public sealed class PersonalDataPresence(RegistryDatabase database)
{
    public async Task<bool> HoldsEncryptedRowsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadOnlyAsync(cancellationToken);
        if (connection is null)
        {
            return false;
        }

        foreach (var table in KeyRotation.EncryptedTables.All.Select(t => t.Name))
        {
            if (await TableExistsAsync(connection, table, cancellationToken))
            {
                await using var any = connection.CreateCommand();
                any.CommandText = $"SELECT 1 FROM \"{table}\" LIMIT 1";
                if (await any.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    return true;
                }
            }
        }

        return false;
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
