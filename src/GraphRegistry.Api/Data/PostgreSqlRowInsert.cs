using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.Data;

/// <summary>
/// PostgreSQL: one INSERT with as many VALUES tuples as the parameter budget allows, built once
/// and reused for every full group; a round trip per statement is the cost to amortise, so
/// statements are large (4,096 parameters, far below PostgreSQL's 65,535). Each parameter is made
/// by its column's type mapping. Generated keys come back through RETURNING with the key column,
/// because PostgreSQL does not promise the order of the returned rows.
/// </summary>
internal sealed class PostgreSqlRowInsert : RowInsert
{
    private const int ParameterBudget = 4096;

    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private DbCommand? fullStatement;

    public PostgreSqlRowInsert(RegistryDbContext db, IDbContextTransaction transaction, TableColumns columns, string? keyedBy)
        : base(columns, keyedBy, Math.Max(1, ParameterBudget / columns.Count))
    {
        connection = db.Database.GetDbConnection();
        this.transaction = transaction.GetDbTransaction();
    }

    public override async ValueTask DisposeAsync()
    {
        if (fullStatement is not null)
        {
            await fullStatement.DisposeAsync();
        }
    }

    protected override async Task WriteAsync(ReadOnlyMemory<object?> values, int rowCount, Action<long, object>? onInserted, CancellationToken cancellationToken)
    {
        var partial = rowCount < RowsPerFlush;
        var command = partial ? CreateCommand(rowCount) : fullStatement ??= CreateCommand(RowsPerFlush);
        try
        {
            var span = values.Span;
            for (var i = 0; i < span.Length; i++)
            {
                command.Parameters[i].Value = span[i] ?? DBNull.Value;
            }

            if (KeyColumn < 0)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                return;
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                onInserted?.Invoke(reader.GetInt64(0), reader.GetValue(1));
            }
        }
        finally
        {
            if (partial)
            {
                await command.DisposeAsync();
            }
        }
    }

    private DbCommand CreateCommand(int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql(rowCount, ParameterName);
        for (var position = 0; position < rowCount * Columns.Count; position++)
        {
            command.Parameters.Add(Columns.Mapping(position % Columns.Count).CreateParameter(command, ParameterName(position), value: null));
        }

        return command;
    }

    private static string ParameterName(int position) => $"@p{position}";
}
