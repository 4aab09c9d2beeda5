using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace GraphRegistry.Api.Data;

/// <summary>
/// SQLite: one single-row INSERT prepared once and stepped per row, its values bound by position.
/// SQLite runs in-process, so there is no round trip to amortise; what cost time was the ADO.NET
/// layer, which finds every parameter by name (a linear search of the statement's parameters) and
/// encodes each name and value anew (profiled: binding and statement overhead were most of the
/// rescoring writer's time). Values are stored in the forms Microsoft.Data.Sqlite documents for
/// them, so EF reads them back as its own; a test compares them with rows EF wrote.
/// </summary>
internal sealed class SqliteRowInsert : RowInsert
{
    // Thirty-two rows between flushes keeps the value-conversion cache and the callers' loops as
    // they were; the statement itself does not care.
    private const int RowsBetweenFlushes = 32;

    private readonly sqlite3 connection;
    private readonly sqlite3_stmt statement;

    public SqliteRowInsert(RegistryDbContext db, TableColumns columns, string? keyedBy)
        : base(columns, keyedBy, RowsBetweenFlushes)
    {
        connection = ((SqliteConnection)db.Database.GetDbConnection()).Handle
            ?? throw new InvalidOperationException("The bulk insert runs on an open connection, inside its transaction.");
        var parameters = string.Join(", ", Enumerable.Range(1, columns.Count).Select(i => $"?{i}"));
        var sql = $"INSERT INTO \"{columns.Table}\" (\"{string.Join("\", \"", columns.Names)}\") VALUES ({parameters});";
        Check(raw.sqlite3_prepare_v2(connection, sql, out statement), raw.SQLITE_OK);
    }

    public override ValueTask DisposeAsync()
    {
        statement.Dispose();
        return ValueTask.CompletedTask;
    }

    protected override Task WriteAsync(ReadOnlyMemory<object?> values, int rowCount, Action<long, object>? onInserted, CancellationToken cancellationToken)
    {
        var span = values.Span;
        for (var row = 0; row < rowCount; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rowValues = span.Slice(row * Columns.Count, Columns.Count);
            for (var column = 0; column < rowValues.Length; column++)
            {
                Bind(column, rowValues[column]);
            }

            var result = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            Check(result, raw.SQLITE_DONE);
            if (KeyColumn >= 0)
            {
                onInserted?.Invoke(raw.sqlite3_last_insert_rowid(connection), rowValues[KeyColumn]!);
            }
        }

        return Task.CompletedTask;
    }

    private void Bind(int column, object? value)
    {
        var index = column + 1;
        Span<byte> text = stackalloc byte[64];
        var written = 0;
        var result = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string s => raw.sqlite3_bind_text16(statement, index, s),
            long l => raw.sqlite3_bind_int64(statement, index, l),
            int i => raw.sqlite3_bind_int64(statement, index, i),
            short s => raw.sqlite3_bind_int64(statement, index, s),
            byte b => raw.sqlite3_bind_int64(statement, index, b),
            bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(statement, index, d),
            float f => raw.sqlite3_bind_double(statement, index, f),
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

    // SQLite's messages name tables, columns and constraints, never the values bound.
    private void Check(int result, int expected)
    {
        if (result != expected)
        {
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(connection).utf8_to_string()}'.", result);
        }
    }
}
