using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Parameter values for the bulk writers' hand-written INSERTs, in the form each provider stores
/// what EF maps: a list of strings is a JSON array in SQLite and a text[] in PostgreSQL.
/// </summary>
public static class ColumnValue
{
    public static object StringList(DatabaseFacade database, IReadOnlyCollection<string> values) =>
        database.IsSqlite() ? JsonSerializer.Serialize(values) : values.ToArray();
}
