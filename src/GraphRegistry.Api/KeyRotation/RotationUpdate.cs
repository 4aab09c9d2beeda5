using System.Data.Common;
using System.Text;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// One UPDATE for many rows of a table, the same SQL on SQLite and PostgreSQL: the rows' keys with
/// the text read and the text to write per column, as a common table expression; a row is written
/// only if every column still holds the text read (so a concurrent change is never overwritten).
/// </summary>
internal static class RotationUpdate
{
    // SQLite allows 32,766 parameters per statement; PostgreSQL 65,535.
    private const int MaxParameters = 30_000;
    private const int MaxRows = 500;

    public static int RowsPerStatement(EncryptedTable table) => Math.Min(MaxRows, MaxParameters / (1 + (2 * table.Columns.Count)));

    /// <summary>Rows: each key with its columns' (old, new) text, interleaved in column order.</summary>
    public static DbCommand Create(DbConnection connection, bool postgreSql, EncryptedTable table, IReadOnlyList<(long Id, string?[] OldAndNew)> rows)
    {
        var command = connection.CreateCommand();
        var columns = table.Columns;
        var sameAs = postgreSql ? "IS NOT DISTINCT FROM" : "IS";
        var sql = new StringBuilder("WITH v(\"Id\"");
        for (var c = 0; c < columns.Count; c++)
        {
            sql.Append($", o{c}, n{c}");
        }

        sql.Append(") AS (VALUES ");
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").Append(Add(command, rows[r].Id));
            foreach (var text in rows[r].OldAndNew)
            {
                sql.Append(", ").Append(Add(command, text));
            }

            sql.Append(')');
        }

        sql.Append($") UPDATE \"{table.Name}\" AS t SET ");
        sql.AppendJoin(", ", columns.Select((column, c) => $"\"{column.Name}\" = v.n{c}"));
        sql.Append(" FROM v WHERE t.\"Id\" = v.\"Id\"");
        for (var c = 0; c < columns.Count; c++)
        {
            sql.Append($" AND t.\"{columns[c].Name}\" {sameAs} v.o{c}");
        }

        command.CommandText = sql.ToString();
        return command;
    }

    private static string Add(DbCommand command, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = $"@p{command.Parameters.Count}";
        parameter.Value = value ?? DBNull.Value;
        if (value is null or string)
        {
            parameter.DbType = System.Data.DbType.String;
        }

        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
