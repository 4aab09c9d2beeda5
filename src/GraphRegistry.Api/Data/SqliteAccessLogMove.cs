using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Moves the access log out of the registry's SQLite file into its own (<see cref="SqliteAccessLogFile"/>),
/// at start-up after the migrations: for a registry created before the log had a file of its own,
/// and after any migration that rebuilt the table (SQLite rebuilds a table in the main database).
/// </summary>
/// <remarks>
/// A transaction over two attached files in WAL mode is atomic in each file but not across them,
/// so no step writes both: first the rows are copied into the log's file and committed, then each
/// row is checked to be there unchanged, and only then is the table dropped from the registry's
/// file. A start stopped anywhere in between repeats the move with nothing lost or duplicated:
/// while the registry's file still holds the table, SQLite resolves "AccessLog" to it (main comes
/// first), so no entry is written to the log's file before the move ends.
/// </remarks>
public static partial class SqliteAccessLogMove
{
    private const string Table = "AccessLog";

    /// <summary>Rows moved; 0 when the registry's file holds no log (the usual start).</summary>
    public static async Task<long> MoveAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var definitions = await DefinitionsInMainAsync(connection, cancellationToken);
        if (definitions.Count == 0)
        {
            return 0;
        }

        await using (var copy = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var definition in definitions)
            {
                await ExecuteAsync(connection, copy, InLogSchema(definition), cancellationToken);
            }

            // The same definitions, so the same columns in the same order.
            await ExecuteAsync(connection, copy, $"""INSERT OR IGNORE INTO {SqliteAccessLogFile.Schema}."{Table}" SELECT * FROM main."{Table}" """, cancellationToken);
            await copy.CommitAsync(cancellationToken);
        }

        var moved = await ScalarAsync(connection, $"""SELECT COUNT(*) FROM main."{Table}" """, cancellationToken);
        var missing = await ScalarAsync(connection, $"""
            SELECT COUNT(*) FROM main."{Table}" m
            WHERE NOT EXISTS (SELECT 1 FROM {SqliteAccessLogFile.Schema}."{Table}" l WHERE l."Id" = m."Id" AND l."Sequence" = m."Sequence" AND l."Hash" = m."Hash")
            """, cancellationToken);
        if (missing != 0)
        {
            // Counts only: the rows themselves stay where they are, in the registry's file.
            throw new RegistryStartupException(
                $"The access log could not be moved into its own file: {missing} of {moved} entries differ from the copy already there. "
                + "Start-up stopped; the registry's file still holds the whole log.");
        }

        await using (var drop = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, drop, $"""DROP TABLE main."{Table}" """, cancellationToken);
            await drop.CommitAsync(cancellationToken);
        }

        return moved;
    }

    // The table's and its indexes' own CREATE statements, as SQLite keeps them.
    private static async Task<List<string>> DefinitionsInMainAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM main.sqlite_master WHERE tbl_name = $table AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type = 'index'";
        command.Parameters.AddWithValue("$table", Table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var definitions = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            definitions.Add(reader.GetString(0));
        }

        return definitions;
    }

    // SQLite keeps a definition without its schema ("CREATE TABLE "AccessLog" (...)"); the copy
    // names the log's schema and tolerates an earlier, interrupted move.
    private static string InLogSchema(string definition) =>
        CreateStatement().Replace(definition, $"CREATE $1$2 IF NOT EXISTS {SqliteAccessLogFile.Schema}.", count: 1);

    [GeneratedRegex(@"^CREATE (UNIQUE )?(TABLE|INDEX) ", RegexOptions.CultureInvariant)]
    private static partial Regex CreateStatement();

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
