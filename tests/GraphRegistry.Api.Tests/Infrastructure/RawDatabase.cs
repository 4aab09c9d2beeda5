using Microsoft.Data.Sqlite;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Direct SQL on the registry's file, as an intruder or a failing disk would act on it.</summary>
public static class RawDatabase
{
    public static async Task ExecuteAsync(RegistryApplication registry, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={registry.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
