using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Runs each SELECT that EF sends on a connection through a command kept for that text on that
/// connection, so SQLite compiles the statement once per connection instead of on every query.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite prepares a command's SQL on its first execution and reuses it while the
/// command and its connection live, but EF makes a new command for every query (dotnet/efcore#14044).
/// Compiling the agency lookup's statement (a join with a counted subquery) cost several times more
/// than running it. The connections stay open for their pooled context's life
/// (<see cref="OpenSqliteConnection"/>), and with them these commands. EF's own command is never
/// run: the parameters EF made for it are bound to the kept command as they are, so values reach
/// SQLite exactly as before. Writes are left alone (their SQL changes with every batch).
/// </remarks>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    /// <summary>Statements kept per connection; a connection that has seen more runs the others the usual way.</summary>
    public const int PerConnection = 64;

    private readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, KeptStatement>> kept = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        result.HasResult ? result : Reuse(command) is { } reader ? InterceptionResult<DbDataReader>.SuppressWithResult(reader) : result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReaderExecuting(command, eventData, result));

    private SqliteDataReader? Reuse(DbCommand command)
    {
        if (command is not SqliteCommand { Connection: { State: System.Data.ConnectionState.Open } connection } query
            || !query.CommandText.StartsWith("SELECT ", StringComparison.Ordinal))
        {
            return null;
        }

        // A connection serves one context, and a context one operation at a time: no lock needed.
        var statements = kept.GetValue(connection, _ => new(StringComparer.Ordinal));
        if (!statements.TryGetValue(query.CommandText, out var statement) || statement.Command.Connection != connection)
        {
            if (statements.Count >= PerConnection && statement is null)
            {
                return null;
            }

            statement = new KeptStatement(connection.CreateCommand());
            statement.Command.CommandText = query.CommandText;
            statements[query.CommandText] = statement;
        }

        // The same text still being read (a query run inside the loop over its own results) runs
        // on EF's command: one command has one reader at a time.
        if (statement.Reader is { IsClosed: false })
        {
            return null;
        }

        var reusable = statement.Command;
        reusable.Transaction = query.Transaction;
        reusable.CommandTimeout = query.CommandTimeout;
        reusable.Parameters.Clear();
        foreach (SqliteParameter parameter in query.Parameters)
        {
            reusable.Parameters.Add(parameter);
        }

        statement.Reader = reusable.ExecuteReader();
        return statement.Reader;
    }

    private sealed class KeptStatement(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public SqliteDataReader? Reader { get; set; }
    }
}
