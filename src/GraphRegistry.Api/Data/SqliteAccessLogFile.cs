using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace GraphRegistry.Api.Data;

/// <summary>
/// On SQLite the access log lives in a database file of its own beside the registry's
/// (<c>registry.db</c>: <c>registry.access-log.db</c>), attached to every connection the registry
/// opens as the schema <see cref="Schema"/>. SQLite looks an unqualified table name up in the main
/// database first and then in the attached ones, so EF's queries and the bulk inserts reach
/// "AccessLog" there without naming the schema.
/// </summary>
/// <remarks>
/// Why a file of its own: in WAL mode a commit makes every other connection to the same file empty
/// its page cache before its next read. Under agency load the log commits hundreds of times a
/// second, so nearly every lookup read its pages back from the operating system, and the log's
/// growth (gigabytes over millions of entries) is not the registry's to carry. Measured, 10,000
/// households, same run: read system calls per lookup fell from about 15 to 3 and CPU per lookup
/// from 337 to 303-325 µs.
/// A data source that is not a plain file (in memory, a URI) keeps the log in the registry's
/// database: there is nowhere beside it to put a file.
/// </remarks>
public sealed class SqliteAccessLogFile(RegistryDatabase database) : DbConnectionInterceptor
{
    public const string Schema = "log";

    /// <summary>Where the access log of the SQLite file <paramref name="databaseFile"/> is kept.</summary>
    public static string Beside(string databaseFile) =>
        Path.Combine(Path.GetDirectoryName(databaseFile) ?? string.Empty, Path.GetFileNameWithoutExtension(databaseFile) + ".access-log" + Path.GetExtension(databaseFile));

    /// <summary>Whether the log's file is attached to <paramref name="connection"/>.</summary>
    public static bool IsAttached(SqliteConnection connection) => raw.sqlite3_db_filename(connection.Handle, Schema).utf8_to_string() is not null;

    /// <summary>Attaches the log's file (creating it if missing) unless a pooled connection already has it.</summary>
    public static void Attach(SqliteConnection connection, string logFile)
    {
        if (IsAttached(connection))
        {
            return;
        }

        using var attach = connection.CreateCommand();
        attach.CommandText = $"ATTACH DATABASE $file AS {Schema}";
        attach.Parameters.AddWithValue("$file", logFile);
        attach.ExecuteNonQuery();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => AttachTo(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Attaching is a local file open: nothing to wait for.
        AttachTo(connection);
        return Task.CompletedTask;
    }

    private void AttachTo(DbConnection connection)
    {
        if (database.AccessLogFile is { } logFile && connection is SqliteConnection sqlite)
        {
            Attach(sqlite, logFile);
        }
    }
}
