using GraphRegistry.Api.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphRegistry.Api.Commands;

/// <summary>
/// For commands that only read (token): waits while another process prepares the database (the
/// start-up lock, taken shared), and turns "no such database or table" into a sentence. It
/// creates, migrates and seeds nothing, so it costs a lock and a query, not a start-up.
/// </summary>
internal static class PreparedRegistry
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private const string StartIt = "start it (dotnet run --project src/GraphRegistry.Api) and ask again once it serves";

    public static async Task<T> ReadAsync<T>(IServiceProvider services, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<RegistryDatabase>();
        await using var held = await StartupLock.AcquireSharedAsync(
            database,
            Patience,
            () => Console.Error.WriteLine($"The registry is still being created (migrations and demo data, by the registry starting on the {database.Location}); waiting for it to finish..."),
            cancellationToken)
            ?? throw new RegistryNotReadyException($"The registry on the {database.Location} is still being created after {Patience.TotalMinutes:N0} minutes; ask again once it serves.");
        if (database.DatabaseFile is { } file && !File.Exists(file))
        {
            // Nobody is preparing it and it is not there: a registry that never started has nothing to read.
            throw NotCreated(database);
        }

        try
        {
            return await read();
        }
        catch (Exception exception) when (IsMissingSchema(exception))
        {
            throw NotCreated(database);
        }
    }

    private static RegistryNotReadyException NotCreated(RegistryDatabase database) =>
        new($"The registry has not been created yet on the {database.Location}: {StartIt}.");

    // SQLite: "no such table" (error 1); PostgreSQL: no such database, no such table.
    private static bool IsMissingSchema(Exception? exception) => exception switch
    {
        null => false,
        SqliteException { SqliteErrorCode: 1 } sqlite => sqlite.Message.Contains("no such table", StringComparison.Ordinal),
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.UndefinedTable,
        _ => IsMissingSchema(exception.InnerException),
    };
}
