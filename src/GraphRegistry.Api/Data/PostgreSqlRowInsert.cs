using System.Data.Common;
using System.Text;
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
        var sql = new StringBuilder();
        sql.Append("INSERT INTO \"").Append(Columns.Table).Append("\" (\"").AppendJoin("\", \"", Columns.Names).Append("\") VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var row = 0; row < rowCount; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Columns.Count; column++)
            {
                var name = $"@p{(row * Columns.Count) + column}";
                sql.Append(column == 0 ? name : ", " + name);
                command.Parameters.Add(Columns.Mapping(column).CreateParameter(command, name, value: null));
            }

            sql.Append(')');
        }

        if (KeyColumn >= 0)
        {
            sql.Append(" RETURNING \"").Append(IdColumn).Append("\", \"").Append(Columns.Names[KeyColumn]).Append('"');
        }

        command.CommandText = sql.Append(';').ToString();
        return command;
    }
}
