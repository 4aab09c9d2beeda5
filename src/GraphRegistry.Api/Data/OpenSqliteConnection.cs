using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace GraphRegistry.Api.Data;

#pragma warning disable EF1001 // Derives from EF's SQLite connection: the only place its closing can be changed.

/// <summary>
/// EF's SQLite connection, kept open for as long as its pooled context lives: EF closes it after
/// each query and when the context goes back to the pool, and closing a Microsoft.Data.Sqlite
/// connection finalises every statement prepared on it. Kept open, a connection keeps the
/// statements <see cref="SqliteStatementCache"/> prepared on it. Disposing the context (when the
/// pool is disposed) still closes it.
/// </summary>
/// <remarks>
/// An open SQLite connection without a running statement or transaction holds no lock and no
/// snapshot: readers' statements are reset when their reader is disposed, and EF still commits or
/// rolls back every transaction it began.
/// </remarks>
public sealed class OpenSqliteConnection(RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override void CloseDbConnection()
    {
        if (MustClose())
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() => MustClose() ? base.CloseDbConnectionAsync() : Task.CompletedTask;

    // Closing for real is still the way out of a state that must not outlive a lease: a transaction
    // left open, or a kept statement still mid-read (it would pin its snapshot and the log's checkpoints).
    private bool MustClose() =>
        DbConnection is SqliteConnection { State: System.Data.ConnectionState.Open } connection
        && (raw.sqlite3_get_autocommit(connection.Handle) == 0 || SqliteStatementCache.IsReading(connection));
}

/// <summary>Puts <see cref="OpenSqliteConnection"/> in place of EF's SQLite connection.</summary>
public static class OpenSqliteConnectionOptions
{
    public static DbContextOptionsBuilder KeepSqliteConnectionsOpen(this DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, OpenSqliteConnection>();
}
