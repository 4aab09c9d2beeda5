using System.Data.Common;
using System.Text;
using GraphRegistry.Api.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// The store the registries under test run on. By default a SQLite file in each data directory;
/// with REGISTRY_TEST_PROVIDER=PostgreSQL, one database per data directory on the server named by
/// REGISTRY_TEST_POSTGRES (`eval "$(.ci/postgres.sh start)"` starts a throwaway one).
/// </summary>
public static class TestDatabase
{
    public const string ProviderVariable = "REGISTRY_TEST_PROVIDER";
    public const string ServerVariable = "REGISTRY_TEST_POSTGRES";

    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PostgreSQL server for the tests that need one whatever the provider; null when none was started.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public static string RequireServer() => Server
        ?? throw new InvalidOperationException($"{ServerVariable} is not set: start a server with `eval \"$(.ci/postgres.sh start)\"`.");

    /// <summary>The registry's database on the test server: named after its data directory, so a restarted registry finds its data.</summary>
    public static string ConnectionStringFor(string dataDirectory) =>
        new NpgsqlConnectionStringBuilder(RequireServer()) { Database = DatabaseName(dataDirectory) }.ConnectionString;

    /// <summary>
    /// On PostgreSQL the key ring lives in the database, so (as the registry requires outside
    /// Development) it is encrypted to a certificate: one self-signed test certificate per run.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(string dataDirectory) => IsPostgreSql
        ? new Dictionary<string, string>(KeyRingCertificate.TestSettings)
        {
            [RegistryDatabase.ProviderSetting] = "PostgreSQL",
            [RegistryDatabase.ConnectionStringSetting] = ConnectionStringFor(dataDirectory),
        }
        : new Dictionary<string, string>();

    /// <summary>
    /// Creates the registry's empty PostgreSQL database, as an operator provisions one (outside
    /// Development the registry refuses to create a missing database itself).
    /// </summary>
    public static void Provision(string dataDirectory)
    {
        if (!IsPostgreSql)
        {
            return;
        }

        using var connection = new NpgsqlConnection(RequireServer());
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName(dataDirectory)}\"", connection);
        try
        {
            create.ExecuteNonQuery();
        }
        catch (PostgresException exists) when (exists.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // a restarted registry: its database is already there
        }
    }

    /// <summary>Drops the registry's PostgreSQL database, if any; its SQLite file goes with its directory.</summary>
    public static void Drop(string dataDirectory)
    {
        if (Server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(RequireServer());
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName(dataDirectory)}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    /// <summary>A connection of the registry's own provider to its own database, outside its pools.</summary>
    public static async Task<DbConnection> OpenAsync(RegistryApplication registry)
    {
        var database = registry.Service<RegistryDatabase>();
        DbConnection connection = database.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The database disappears under the running registry: its file deleted, or its server database dropped.</summary>
    public static void Destroy(RegistryApplication registry)
    {
        if (IsPostgreSql)
        {
            Drop(registry.DataDirectory);
            return;
        }

        SqliteConnection.ClearAllPools();
        File.Delete(registry.DatabaseFile);
    }

    /// <summary>A connection to the PostgreSQL database of a registry that may not be running.</summary>
    public static async Task<DbConnection> OpenPostgreSqlAsync(string dataDirectory)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionStringFor(dataDirectory)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<string> DumpAsync(RegistryApplication registry)
    {
        await using var connection = await OpenAsync(registry);
        return await DumpAsync(connection);
    }

    /// <summary>Every row of every table as text, as someone with a dump of the PostgreSQL database would read it.</summary>
    public static async Task<string> DumpAsync(DbConnection connection)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.AppendLine(table);
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT t::text FROM \"{table}\" t";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dump.AppendLine(reader.GetString(0));
            }
        }

        return dump.ToString();
    }

    private static string DatabaseName(string dataDirectory) => "gr_" + Path.GetFileName(dataDirectory.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant();
}
