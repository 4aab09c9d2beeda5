using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Inserts rows into one table many at a time: one INSERT with as many VALUES tuples as the
/// parameter budget allows, built once and reused for every full group. The SQL is what SQLite
/// and PostgreSQL both run unchanged (quoted identifiers, <c>@name</c> parameters, RETURNING).
/// Table, columns and parameters come from the EF model: each parameter is made by its column's
/// type mapping, and a value of the property's type goes through the mapping's converter (a list
/// of strings becomes JSON text on SQLite, an array on PostgreSQL), so the rows read back through
/// EF as if EF had written them. A value already in the provider's type (JSON text, say) is
/// passed as it is.
/// </summary>
/// <remarks>
/// The one provider difference lives in <see cref="ParameterBudget"/>: SQLite finds each named
/// parameter by a linear search of the statement's parameters, so binding costs grow with the
/// square of the parameters per statement and small statements are fastest (profiled: 500
/// parameters per statement spent a sixth of a rescoring run in that search, 128 a twentieth);
/// PostgreSQL pays a round trip per statement instead, so large statements are fastest. Both stay
/// far below the limits of 32,766 (SQLite) and 65,535 (PostgreSQL) parameters.
/// </remarks>
internal sealed class MultiRowInsert : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly string table;
    private readonly string[] columns;
    private readonly RelationalTypeMapping[] mappings;
    private readonly string? returning;
    private readonly int rowsPerStatement;
    private readonly object?[] pending;
    private readonly object?[] lastModelValues;
    private readonly object?[] lastProviderValues;
    private DbCommand? fullStatement;
    private int rows;

    /// <param name="db">The context whose connection, model and provider the statements use.</param>
    /// <param name="transaction">The transaction every statement joins.</param>
    /// <param name="entity">The entity type whose table receives the rows.</param>
    /// <param name="properties">The entity's properties (or owned JSON navigations) to fill, in the order <see cref="Add"/> takes values.</param>
    /// <param name="returning">Properties the RETURNING clause gives back, in that order.</param>
    public MultiRowInsert(RegistryDbContext db, IDbContextTransaction transaction, Type entity, string[] properties, params string[] returning)
    {
        var entityType = db.Model.FindEntityType(entity) ?? throw new ArgumentException($"{entity.Name} is not in the model.", nameof(entity));
        connection = db.Database.GetDbConnection();
        this.transaction = transaction.GetDbTransaction();
        table = entityType.GetTableName()!;
        columns = [.. properties.Select(name => ColumnName(entityType, name))];
        mappings = [.. properties.Select(name => TypeMapping(entityType, name))];
        this.returning = returning.Length == 0 ? null : string.Join(", ", returning.Select(name => $"\"{ColumnName(entityType, name)}\""));
        rowsPerStatement = Math.Max(1, ParameterBudget(db.Database) / columns.Length);
        pending = new object?[columns.Length * rowsPerStatement];
        lastModelValues = new object?[columns.Length];
        lastProviderValues = new object?[columns.Length];
    }

    /// <summary>Whether a full statement's worth of rows is waiting: then call <see cref="FlushAsync"/>.</summary>
    public bool IsFull => rows == rowsPerStatement;

    /// <summary>Queues one row, its values in column order; null is stored as NULL.</summary>
    public void Add(params ReadOnlySpan<object?> values)
    {
        if (values.Length != columns.Length)
        {
            throw new ArgumentException($"{table} takes {columns.Length} values per row, not {values.Length}.", nameof(values));
        }

        if (IsFull)
        {
            throw new InvalidOperationException("Flush the full statement before adding rows.");
        }

        values.CopyTo(pending.AsSpan(rows * columns.Length));
        rows++;
    }

    /// <summary>Inserts the queued rows; <paramref name="onReturned"/> sees each row the RETURNING clause gives back.</summary>
    public async Task FlushAsync(Action<DbDataReader>? onReturned, CancellationToken cancellationToken)
    {
        if (rows == 0)
        {
            return;
        }

        var partial = rows < rowsPerStatement;
        var command = partial ? CreateCommand(rows) : fullStatement ??= CreateCommand(rowsPerStatement);
        try
        {
            for (var i = 0; i < rows * columns.Length; i++)
            {
                command.Parameters[i].Value = ToProvider(i % columns.Length, pending[i]);
            }

            if (returning is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    onReturned?.Invoke(reader);
                }
            }
        }
        finally
        {
            if (partial)
            {
                await command.DisposeAsync();
            }
        }

        Array.Clear(pending);
        Array.Clear(lastModelValues);
        Array.Clear(lastProviderValues);
        rows = 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (fullStatement is not null)
        {
            await fullStatement.DisposeAsync();
        }
    }

    // Rows often share one object in a column (a household's decisions share its list of top
    // variables): it is converted once. Only within one statement, so the rows it stores are the
    // values as they were when it ran.
    private object ToProvider(int column, object? value)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        if (mappings[column].Converter is not { } converter || !converter.ModelClrType.IsInstanceOfType(value))
        {
            return value;
        }

        if (!ReferenceEquals(value, lastModelValues[column]))
        {
            lastModelValues[column] = value;
            lastProviderValues[column] = converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        return lastProviderValues[column]!;
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

    private static int ParameterBudget(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) => database.IsSqlite() ? 64 : 4096;

    private DbCommand CreateCommand(int rowCount)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO \"").Append(table).Append("\" (\"").AppendJoin("\", \"", columns).Append("\") VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var row = 0; row < rowCount; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                var name = $"@p{(row * columns.Length) + column}";
                sql.Append(column == 0 ? name : ", " + name);
                command.Parameters.Add(mappings[column].CreateParameter(command, name, value: null));
            }

            sql.Append(')');
        }

        if (returning is not null)
        {
            sql.Append(" RETURNING ").Append(returning);
        }

        command.CommandText = sql.Append(';').ToString();
        return command;
    }
}
