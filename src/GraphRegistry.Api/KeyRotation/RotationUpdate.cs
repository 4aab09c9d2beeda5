using System.Data;
using System.Data.Common;
using System.Text;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// One UPDATE for many rows of a table, the same SQL on SQLite and PostgreSQL: the rows' keys with
/// the value read and the value to write per column, as a common table expression; a row is written
/// only if every column still holds the value read (so a concurrent change is never overwritten).
/// </summary>
internal static class RotationUpdate
{
    // SQLite allows 32,766 parameters per statement; PostgreSQL 65,535.
    private const int MaxParameters = 30_000;
    private const int MaxRows = 500;

    public static int RowsPerStatement(int columns) => Math.Min(MaxRows, MaxParameters / (1 + (2 * columns)));

    /// <summary>Rows: each key with its columns' (old, new) values, interleaved in column order.</summary>
    public static DbCommand Create<T>(DbConnection connection, bool postgreSql, string table, IReadOnlyList<(string Name, DbType Type)> columns, IReadOnlyList<(long Id, T?[] OldAndNew)> rows)
        where T : class
    {
        var command = connection.CreateCommand();
        var sameAs = postgreSql ? "IS NOT DISTINCT FROM" : "IS";
        var sql = new StringBuilder("WITH v(\"Id\"");
        for (var c = 0; c < columns.Count; c++)
        {
            sql.Append($", o{c}, n{c}");
        }

        sql.Append(") AS (VALUES ");
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").Append(Add(command, rows[r].Id, DbType.Int64));
            for (var v = 0; v < rows[r].OldAndNew.Length; v++)
            {
                sql.Append(", ").Append(Add(command, rows[r].OldAndNew[v], columns[v / 2].Type));
            }

            sql.Append(')');
        }

        sql.Append($") UPDATE \"{table}\" AS t SET ");
        sql.AppendJoin(", ", columns.Select((column, c) => $"\"{column.Name}\" = v.n{c}"));
        sql.Append(" FROM v WHERE t.\"Id\" = v.\"Id\"");
        for (var c = 0; c < columns.Count; c++)
        {
            sql.Append($" AND t.\"{columns[c].Name}\" {sameAs} v.o{c}");
        }

        command.CommandText = sql.ToString();
        return command;
    }

    private static string Add(DbCommand command, object? value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = $"@p{command.Parameters.Count}";
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
