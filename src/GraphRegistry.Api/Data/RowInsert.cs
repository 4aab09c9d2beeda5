using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Inserts many rows into one table inside a transaction, far faster than EF's change tracker:
/// bulk writers (seeding, rescoring, the access log) write millions of rows. Values go through
/// the columns' EF type mappings (<see cref="TableColumns"/>), so the rows read back through EF as
/// if EF had written them. Each database gets the statement shape it runs fastest.
/// </summary>
internal abstract class RowInsert : IAsyncDisposable
{
    private readonly object?[] lastModelValues;
    private readonly object?[] lastProviderValues;
    private readonly object?[] pending;
    private int rows;

    protected RowInsert(TableColumns columns, string? keyedBy, int rowsPerFlush)
    {
        Columns = columns;
        if (keyedBy is not null)
        {
            KeyColumn = Array.IndexOf(columns.Properties, keyedBy);
            if (KeyColumn < 0 || !columns.IsStoredAsGiven(KeyColumn))
            {
                throw new ArgumentException($"{keyedBy} must be one of the inserted columns, stored as it is given.", nameof(keyedBy));
            }

            IdColumn = columns.EntityType.FindPrimaryKey()?.Properties.SingleOrDefault()?.GetColumnName()
                ?? throw new ArgumentException($"{columns.EntityType.DisplayName()} has no single-column key to return.", nameof(keyedBy));
        }

        RowsPerFlush = rowsPerFlush;
        pending = new object?[columns.Count * rowsPerFlush];
        lastModelValues = new object?[columns.Count];
        lastProviderValues = new object?[columns.Count];
    }

    /// <summary>Whether a flush's worth of rows is waiting: then call <see cref="FlushAsync"/>.</summary>
    public bool IsFull => rows == RowsPerFlush;

    protected TableColumns Columns { get; }

    /// <summary>The column whose value identifies an inserted row to the caller, or -1.</summary>
    protected int KeyColumn { get; } = -1;

    /// <summary>The generated key column reported back for each row when <see cref="KeyColumn"/> is set.</summary>
    protected string? IdColumn { get; }

    protected int RowsPerFlush { get; }

    /// <summary>
    /// Opens an insert into the table of <paramref name="entity"/>, filling <paramref name="properties"/>
    /// (or owned JSON navigations) in the order <see cref="Add"/> takes values. With
    /// <paramref name="keyedBy"/>, a flush reports each row's generated key with that property's value.
    /// </summary>
    public static RowInsert Open(RegistryDbContext db, IDbContextTransaction transaction, Type entity, string[] properties, string? keyedBy = null) =>
        Open(db, transaction, new TableColumns(db.Model, entity, properties), keyedBy);

    /// <inheritdoc cref="Open(RegistryDbContext, IDbContextTransaction, Type, string[], string?)"/>
    public static RowInsert Open(RegistryDbContext db, IDbContextTransaction transaction, TableColumns columns, string? keyedBy = null) =>
        db.Database.IsSqlite()
            ? new SqliteRowInsert(db, columns, keyedBy)
            : new PostgreSqlRowInsert(db, transaction, columns, keyedBy);

    /// <summary>Queues one row, its values in column order; null is stored as NULL.</summary>
    public void Add(params ReadOnlySpan<object?> values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"{Columns.Table} takes {Columns.Count} values per row, not {values.Length}.", nameof(values));
        }

        if (IsFull)
        {
            throw new InvalidOperationException("Flush the full insert before adding rows.");
        }

        values.CopyTo(pending.AsSpan(rows * Columns.Count));
        rows++;
    }

    /// <summary>Inserts the queued rows; with a key, <paramref name="onInserted"/> sees each row's generated key and key value, in no promised order.</summary>
    public async Task FlushAsync(Action<long, object>? onInserted, CancellationToken cancellationToken)
    {
        if (rows == 0)
        {
            return;
        }

        // Provider values are computed before the write, from the values as they are now.
        for (var i = 0; i < rows * Columns.Count; i++)
        {
            pending[i] = ToProvider(i % Columns.Count, pending[i]);
        }

        await WriteAsync(pending.AsMemory(0, rows * Columns.Count), rows, onInserted, cancellationToken);
        Array.Clear(pending);
        Array.Clear(lastModelValues);
        Array.Clear(lastProviderValues);
        rows = 0;
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>Writes <paramref name="rowCount"/> rows of provider values (null for NULL), column after column.</summary>
    protected abstract Task WriteAsync(ReadOnlyMemory<object?> values, int rowCount, Action<long, object>? onInserted, CancellationToken cancellationToken);

    /// <summary>The INSERT for <paramref name="rows"/> rows, with the RETURNING clause that reports each row's generated key and key value when the insert is keyed.</summary>
    protected string InsertSql(int rows, Func<int, string> parameter) =>
        Columns.InsertSql(rows, parameter, KeyColumn < 0 ? null : $"\"{IdColumn}\", \"{Columns.Names[KeyColumn]}\"");

    // Rows often share one object in a column (a household's decisions share its list of top
    // variables): it is converted once. Only within one flush, so the rows it stores are the
    // values as they were when it ran.
    private object? ToProvider(int column, object? value)
    {
        if (value is null || Columns.IsStoredAsGiven(column))
        {
            return value;
        }

        if (!ReferenceEquals(value, lastModelValues[column]))
        {
            lastModelValues[column] = value;
            lastProviderValues[column] = Columns.ToProvider(column, value);
        }

        return lastProviderValues[column];
    }
}
