using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Inserts rows into one table many at a time: one INSERT with as many VALUES tuples as the
/// parameter budget allows, built once and reused for every full group. The SQL is what SQLite and PostgreSQL both
/// run unchanged (quoted identifiers, <c>@name</c> parameters, RETURNING), and callers pass the CLR
/// types the EF model maps, so the rows read back through EF as if EF had written them.
/// </summary>
/// <remarks>
/// The one provider difference lives in <see cref="ParameterBudget"/>: SQLite finds each named
/// parameter by a linear search of the statement's parameters, so binding costs grow with the
/// square of the parameters per statement and small statements are fastest (profiled: 500
/// parameters spent a sixth of a rescoring run in that search, 128 a twentieth); PostgreSQL pays a round trip per
/// statement instead, so large statements are fastest. Both stay far below the limits of 32,766
/// (SQLite) and 65,535 (PostgreSQL) parameters.
/// </remarks>
internal sealed class MultiRowInsert : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly string table;
    private readonly string[] columns;
    private readonly string? returning;
    private readonly int rowsPerStatement;
    private readonly object?[] pending;
    private DbCommand? fullStatement;
    private int rows;

    public MultiRowInsert(RegistryDbContext db, IDbContextTransaction transaction, string table, string[] columns, string? returning)
    {
        connection = db.Database.GetDbConnection();
        this.transaction = transaction.GetDbTransaction();
        this.table = table;
        this.columns = columns;
        this.returning = returning;
        rowsPerStatement = Math.Max(1, ParameterBudget(db.Database) / columns.Length);
        pending = new object?[columns.Length * rowsPerStatement];
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
                command.Parameters[i].Value = pending[i] ?? DBNull.Value;
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
        rows = 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (fullStatement is not null)
        {
            await fullStatement.DisposeAsync();
        }
    }

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
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
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
