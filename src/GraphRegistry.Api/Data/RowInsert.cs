using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Inserts many rows into one table inside a transaction, far faster than EF's change tracker:
/// bulk writers (seeding, rescoring, the access log) write millions of rows. Table, columns and
/// type mappings come from the EF model, and a value of a property's type goes through its
/// mapping's converter (a list of strings becomes JSON text on SQLite, an array on PostgreSQL), so
/// the rows read back through EF as if EF had written them. A value already in the provider's type
/// (JSON text, say) is passed as it is. Each database gets the statement shape it runs fastest.
/// </summary>
internal abstract class RowInsert : IAsyncDisposable
{
    private readonly RelationalTypeMapping[] mappings;
    private readonly object?[] lastModelValues;
    private readonly object?[] lastProviderValues;
    private readonly object?[] pending;
    private int rows;

    protected RowInsert(RegistryDbContext db, Type entity, string[] properties, string? keyedBy, int rowsPerFlush)
    {
        var entityType = db.Model.FindEntityType(entity) ?? throw new ArgumentException($"{entity.Name} is not in the model.", nameof(entity));
        Table = entityType.GetTableName()!;
        Columns = [.. properties.Select(name => ColumnName(entityType, name))];
        mappings = [.. properties.Select(name => TypeMapping(entityType, name))];
        if (keyedBy is not null)
        {
            KeyColumn = Array.IndexOf(properties, keyedBy);
            if (KeyColumn < 0 || mappings[KeyColumn].Converter is not null)
            {
                throw new ArgumentException($"{keyedBy} must be one of the inserted columns, stored as it is given.", nameof(keyedBy));
            }

            IdColumn = entityType.FindPrimaryKey()?.Properties.SingleOrDefault()?.GetColumnName()
                ?? throw new ArgumentException($"{entityType.DisplayName()} has no single-column key to return.", nameof(entity));
        }

        RowsPerFlush = rowsPerFlush;
        pending = new object?[Columns.Length * rowsPerFlush];
        lastModelValues = new object?[Columns.Length];
        lastProviderValues = new object?[Columns.Length];
    }

    /// <summary>Whether a flush's worth of rows is waiting: then call <see cref="FlushAsync"/>.</summary>
    public bool IsFull => rows == RowsPerFlush;

    protected string Table { get; }

    protected string[] Columns { get; }

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
        db.Database.IsSqlite()
            ? new SqliteRowInsert(db, entity, properties, keyedBy)
            : new PostgreSqlRowInsert(db, transaction, entity, properties, keyedBy);

    /// <summary>Queues one row, its values in column order; null is stored as NULL.</summary>
    public void Add(params ReadOnlySpan<object?> values)
    {
        if (values.Length != Columns.Length)
        {
            throw new ArgumentException($"{Table} takes {Columns.Length} values per row, not {values.Length}.", nameof(values));
        }

        if (IsFull)
        {
            throw new InvalidOperationException("Flush the full insert before adding rows.");
        }

        values.CopyTo(pending.AsSpan(rows * Columns.Length));
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
        for (var i = 0; i < rows * Columns.Length; i++)
        {
            pending[i] = ToProvider(i % Columns.Length, pending[i]);
        }

        await WriteAsync(pending.AsMemory(0, rows * Columns.Length), rows, onInserted, cancellationToken);
        Array.Clear(pending);
        Array.Clear(lastModelValues);
        Array.Clear(lastProviderValues);
        rows = 0;
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>Writes <paramref name="rowCount"/> rows of provider values (null for NULL), column after column.</summary>
    protected abstract Task WriteAsync(ReadOnlyMemory<object?> values, int rowCount, Action<long, object>? onInserted, CancellationToken cancellationToken);

    protected RelationalTypeMapping Mapping(int column) => mappings[column];

    // Rows often share one object in a column (a household's decisions share its list of top
    // variables): it is converted once. Only within one flush, so the rows it stores are the
    // values as they were when it ran.
    private object? ToProvider(int column, object? value)
    {
        if (value is null || mappings[column].Converter is not { } converter || !converter.ModelClrType.IsInstanceOfType(value))
        {
            return value;
        }

        if (!ReferenceEquals(value, lastModelValues[column]))
        {
            lastModelValues[column] = value;
            lastProviderValues[column] = converter.ConvertToProvider(value);
        }

        return lastProviderValues[column];
    }

    private static string ColumnName(IEntityType entity, string name) =>
        entity.FindProperty(name)?.GetColumnName()
        ?? entity.FindNavigation(name)?.TargetEntityType.GetContainerColumnName()
        ?? throw new ArgumentException($"{entity.DisplayName()} has no column for {name}.", nameof(name));

    // An owned type stored as JSON has no property of its own: its container column has the mapping.
    private static RelationalTypeMapping TypeMapping(IEntityType entity, string name) =>
        entity.FindProperty(name)?.GetRelationalTypeMapping()
        ?? entity.Model.GetRelationalModel().FindTable(entity.GetTableName()!, entity.GetSchema())?.FindColumn(ColumnName(entity, name))?.StoreTypeMapping
        ?? throw new ArgumentException($"{entity.DisplayName()} has no column for {name}.", nameof(name));
}
