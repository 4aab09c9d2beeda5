using System.Data;
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
    /// <summary>Statements kept per connection; the one used least recently makes room for a new one.</summary>
    public const int PerConnection = 64;

    // Static: OpenSqliteConnection lives in EF's internal services and asks about its connection here.
    private static readonly ConditionalWeakTable<SqliteConnection, ConnectionStatements> Kept = [];

    /// <summary>Whether a reader from a kept command is still open on <paramref name="connection"/> (a statement mid-step holds a read snapshot).</summary>
    public static bool IsReading(SqliteConnection connection) =>
        Kept.TryGetValue(connection, out var statements) && statements.IsReading;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        result.HasResult ? result : Reuse(command) is { } reader ? InterceptionResult<DbDataReader>.SuppressWithResult(reader) : result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        // As SqliteCommand.ExecuteReaderAsync would: a cancelled request runs nothing.
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    private static SqliteDataReader? Reuse(DbCommand command)
    {
        if (command is not SqliteCommand { Connection: { State: ConnectionState.Open } connection } query
            || !query.CommandText.StartsWith("SELECT ", StringComparison.Ordinal))
        {
            return null;
        }

        // A connection serves one context, and a context one operation at a time: no lock needed.
        var statements = Kept.GetValue(connection, Track);
        var statement = statements.For(query.CommandText);

        // The same text still being read (a query run inside the loop over its own results) runs
        // on EF's command: one command has one reader at a time.
        if (statement.Reader is { IsClosed: false })
        {
            return null;
        }

        var reusable = statement.Command;
        reusable.Transaction = query.Transaction;
        reusable.CommandTimeout = query.CommandTimeout;
        foreach (SqliteParameter parameter in query.Parameters)
        {
            reusable.Parameters.Add(parameter);
        }

        try
        {
            // One statement per text: its parameters are bound here, before the first row.
            statement.Reader = reusable.ExecuteReader();
            return statement.Reader;
        }
        finally
        {
            // The kept command does not hold on to a request's values (a blind index, say).
            reusable.Parameters.Clear();
        }
    }

    // Closing a connection disposes the commands made on it: forget them, so that a connection
    // closed outside EF and opened again starts afresh rather than reusing disposed commands.
    private static ConnectionStatements Track(SqliteConnection connection)
    {
        var statements = new ConnectionStatements(connection);
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState != ConnectionState.Open)
            {
                Kept.Remove(connection);
            }
        };
        return statements;
    }

    private sealed class ConnectionStatements(SqliteConnection connection)
    {
        private readonly Dictionary<string, KeptStatement> byText = new(StringComparer.Ordinal);
        private long uses;

        public bool IsReading => byText.Values.Any(statement => statement.Reader is { IsClosed: false });

        public KeptStatement For(string text)
        {
            if (!byText.TryGetValue(text, out var statement))
            {
                if (byText.Count >= PerConnection)
                {
                    Evict();
                }

                statement = new KeptStatement(connection.CreateCommand());
                statement.Command.CommandText = text;
                byText[text] = statement;
            }

            statement.LastUse = ++uses;
            return statement;
        }

        // Only on a miss with every slot taken: a scan of PerConnection entries.
        private void Evict()
        {
            var idle = byText.Where(entry => entry.Value.Reader is not { IsClosed: false });
            if (idle.Any())
            {
                var (text, statement) = idle.MinBy(entry => entry.Value.LastUse);
                byText.Remove(text);
                statement.Command.Dispose();
            }
        }
    }

    private sealed class KeptStatement(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public SqliteDataReader? Reader { get; set; }

        public long LastUse { get; set; }
    }
}
