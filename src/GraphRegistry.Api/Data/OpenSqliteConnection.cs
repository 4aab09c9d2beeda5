using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

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
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}

/// <summary>Puts <see cref="OpenSqliteConnection"/> in place of EF's SQLite connection.</summary>
public static class OpenSqliteConnectionOptions
{
    public static DbContextOptionsBuilder KeepSqliteConnectionsOpen(this DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, OpenSqliteConnection>();
}
