using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace GraphRegistry.Api.Data;

/// <summary>
/// SQLite: multi-row INSERTs prepared once and reused, their values bound by position. What cost
/// time was not SQLite but the ADO.NET layer, which finds every parameter by name (a linear search
/// of the statement's parameters) and encodes each name and value anew on every execution
/// (profiled: most of the rescoring writer's time). Several rows per statement still pay: each
/// execution has its own set-up and, on a table whose key is AUTOINCREMENT (as EF makes them),
/// its own update of the sequence. Values are stored in the forms Microsoft.Data.Sqlite documents
/// for them, so EF reads them back as its own; a test compares them with rows EF wrote.
/// </summary>
internal sealed class SqliteRowInsert : RowInsert
{
    private const int RowsPerStatement = 32;

    private readonly sqlite3 connection;

    // Prepared on first use: the access log opens an insert per commit, and most commits never
    // fill a whole statement.
    private sqlite3_stmt? fullStatement;
    private sqlite3_stmt? singleRowStatement;
    private byte[] textBuffer = new byte[4096];

    public SqliteRowInsert(RegistryDbContext db, TableColumns columns, string? keyedBy)
        : base(columns, keyedBy, RowsPerStatement)
    {
        connection = ((SqliteConnection)db.Database.GetDbConnection()).Handle
            ?? throw new InvalidOperationException("The bulk insert runs on an open connection, inside its transaction.");
    }

    public override ValueTask DisposeAsync()
    {
        fullStatement?.Dispose();
        singleRowStatement?.Dispose();
        return ValueTask.CompletedTask;
    }

    protected override Task WriteAsync(ReadOnlyMemory<object?> values, int rowCount, Action<long, object>? onInserted, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var span = values.Span;
        if (rowCount == RowsPerStatement)
        {
            Execute(fullStatement ??= Prepare(RowsPerStatement), span, onInserted);
        }
        else
        {
            for (var row = 0; row < rowCount; row++)
            {
                Execute(singleRowStatement ??= Prepare(1), span.Slice(row * Columns.Count, Columns.Count), onInserted);
            }
        }

        return Task.CompletedTask;
    }

    // Neither the order of the returned rows nor consecutive keys are promised: each key comes with its row's key value.
    private sqlite3_stmt Prepare(int rows)
    {
        Check(raw.sqlite3_prepare_v2(connection, InsertSql(rows, position => $"?{position + 1}"), out var statement), raw.SQLITE_OK);
        return statement;
    }

    private void Execute(sqlite3_stmt statement, ReadOnlySpan<object?> values, Action<long, object>? onInserted)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Bind(statement, i, values[i]);
        }

        int result;
        try
        {
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                object key = raw.sqlite3_column_type(statement, 1) == raw.SQLITE_INTEGER
                    ? raw.sqlite3_column_int64(statement, 1)
                    : raw.sqlite3_column_text(statement, 1).utf8_to_string();
                onInserted?.Invoke(raw.sqlite3_column_int64(statement, 0), key);
            }
        }
        finally
        {
            // Also when a caller's callback throws: the statement must not stay mid-step on the connection.
            raw.sqlite3_reset(statement);
        }

        Check(result, raw.SQLITE_DONE);
    }

    private void Bind(sqlite3_stmt statement, int parameter, object? value)
    {
        var index = parameter + 1;
        var column = parameter % Columns.Count;
        Span<byte> text = stackalloc byte[64];
        var written = 0;
        var result = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string s => BindText(statement, index, s),
            long l => raw.sqlite3_bind_int64(statement, index, l),
            int i => raw.sqlite3_bind_int64(statement, index, i),
            short s => raw.sqlite3_bind_int64(statement, index, s),
            byte b => raw.sqlite3_bind_int64(statement, index, b),
            bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
            double d when !double.IsNaN(d) => raw.sqlite3_bind_double(statement, index, d),
            float f when !float.IsNaN(f) => raw.sqlite3_bind_double(statement, index, f),
            double or float => throw new InvalidOperationException($"{Columns.Table}.{Columns.Names[column]}: NaN cannot be stored (SQLite would store NULL)."),
            byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
            Enum e => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(e, CultureInfo.InvariantCulture)),
            DateTime t when t.TryFormat(text, out written, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture) =>
                raw.sqlite3_bind_text(statement, index, text[..written]),
            DateTimeOffset t when t.TryFormat(text, out written, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture) =>
                raw.sqlite3_bind_text(statement, index, text[..written]),
            DateOnly d when d.TryFormat(text, out written, @"yyyy\-MM\-dd", CultureInfo.InvariantCulture) =>
                raw.sqlite3_bind_text(statement, index, text[..written]),
            decimal m when m.TryFormat(text, out written, "0.0###########################", CultureInfo.InvariantCulture) =>
                raw.sqlite3_bind_text(statement, index, text[..written]),
            _ => throw new NotSupportedException($"{Columns.Table}.{Columns.Names[column]}: the bulk insert does not store values of type {value.GetType().Name}."),
        };
        Check(result, raw.SQLITE_OK);
    }

    // Encoded to UTF-8 here, as Microsoft.Data.Sqlite does (SQLite's own UTF-16 reading would drop
    // a leading U+FEFF and keep lone surrogates), into one reused buffer: SQLite copies the bytes
    // when they are bound, and a score's contributions are over a kilobyte.
    private int BindText(sqlite3_stmt statement, int index, string value)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (textBuffer.Length < needed)
        {
            textBuffer = new byte[Math.Max(needed, textBuffer.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, textBuffer);
        return raw.sqlite3_bind_text(statement, index, textBuffer.AsSpan(0, written));
    }

    // SQLite's messages name tables, columns and constraints, never the values bound.
    private void Check(int result, int expected)
    {
        if (result != expected)
        {
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(connection).utf8_to_string()}'.", result);
        }
    }
}
