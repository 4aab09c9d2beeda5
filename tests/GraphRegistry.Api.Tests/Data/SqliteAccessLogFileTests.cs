using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace GraphRegistry.Api.Tests.Data;

/// <summary>
/// On SQLite the access log lives in a file of its own, so its commits leave the registry's file
/// (and every connection's page cache of it) alone; a registry whose log is still in its main file
/// moves it there at start-up, losing and duplicating nothing even when a move was interrupted.
/// </summary>
public sealed class SqliteAccessLogFileTests : IDisposable
{
    private const string AnssRead = """
        query Lookup($id: ID!) { household(id: $id, purpose: "ASD_ELIGIBILITY") { id members { person { firstNameLatin } } } }
        """;

    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();

    [SkippableFact]
    public async Task Logged_reads_commit_to_the_log_file_and_leave_the_registry_file_unchanged()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only: on PostgreSQL the log is a table of the registry's database.");
        using var registry = Registry();
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        await ReadAsync(registry, agency, 1);

        // PRAGMA data_version changes when another connection commits to the file it is asked about.
        await using var registryFile = await OpenAsync(registry.DatabaseFile);
        await using var logFile = await OpenAsync(registry.AccessLogFile);
        var registryVersion = await ScalarAsync(registryFile, "PRAGMA data_version");
        var logVersion = await ScalarAsync(logFile, "PRAGMA data_version");
        await ReadAsync(registry, agency, 5);

        Assert.Equal(registryVersion, await ScalarAsync(registryFile, "PRAGMA data_version"));
        Assert.NotEqual(logVersion, await ScalarAsync(logFile, "PRAGMA data_version"));
        Assert.Equal(0, await ScalarAsync(registryFile, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'AccessLog'"));
        Assert.Equal(6, await ScalarAsync(logFile, """SELECT COUNT(*) FROM "AccessLog" WHERE "AgencyCode" = 'ANSS'"""));
        Assert.True((await OfficerLog.VerifyAsync(registry)).GetProperty("valid").GetBoolean());
    }

    [SkippableFact]
    public async Task A_log_kept_in_the_registry_file_moves_to_its_own_file_at_start_up()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only.");
        var entries = await LogSomeReadsAsync(4);
        await MoveLogBackIntoRegistryFileAsync(copyBack: 0);

        using var registry = Registry();
        var agency = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        await ReadAsync(registry, agency, 1);

        await AssertMovedAsync(registry, entries + 1);
    }

    [SkippableFact]
    public async Task An_interrupted_move_finishes_at_the_next_start_without_a_duplicate()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only.");
        var entries = await LogSomeReadsAsync(4);

        // A start stopped after copying part of the rows: they are in both files.
        await MoveLogBackIntoRegistryFileAsync(copyBack: 2);

        using var registry = Registry();
        _ = registry.CreateClient();

        await AssertMovedAsync(registry, entries);
    }

    [SkippableFact]
    public async Task A_copy_that_differs_from_the_registry_file_stops_start_up_and_keeps_the_log_where_it_is()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only.");
        var entries = await LogSomeReadsAsync(3);
        await MoveLogBackIntoRegistryFileAsync(copyBack: 1);
        await using (var logFile = await OpenAsync(AccessLogFile))
        {
            await ExecuteAsync(logFile, """UPDATE "AccessLog" SET "Hash" = 'forged' WHERE "Sequence" = 1""");
        }

        using var registry = Registry();
        var failure = Assert.ThrowsAny<Exception>(() => registry.CreateClient());

        var stopped = FindStartupFailure(failure);
        Assert.Contains("1 of " + entries + " entries differ", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("the registry's file still holds the whole log", stopped.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        await using var registryFile = await OpenAsync(DatabaseFile);
        Assert.Equal(entries, await ScalarAsync(registryFile, """SELECT COUNT(*) FROM main."AccessLog" """));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private string DatabaseFile => Path.Combine(dataDirectory, "registry.db");

    private string AccessLogFile => SqliteAccessLogFile.Beside(DatabaseFile);

    private RegistryApplication Registry() => new(dataDirectory, demoHouseholds: 6, ownsDirectory: false, "Development");

    /// <summary>Entries in the log after <paramref name="reads"/> agency reads on a registry started and stopped.</summary>
    private async Task<long> LogSomeReadsAsync(int reads)
    {
        using var registry = Registry();
        await ReadAsync(registry, registry.CreateClient(TestPrincipals.Agency("ANSS")), reads);
        await using var logFile = await OpenAsync(registry.AccessLogFile);
        return await ScalarAsync(logFile, """SELECT COUNT(*) FROM "AccessLog" """);
    }

    private static async Task ReadAsync(RegistryApplication registry, HttpClient agency, int reads)
    {
        foreach (var household in DemoPlaintext.Of(registry).Take(reads))
        {
            var response = await agency.PostGraphQLAsync(AnssRead, new { id = household.PublicId });
            Assert.Empty(response.ErrorCodes);
        }
    }

    /// <summary>
    /// As a registry from before the log had a file of its own: the table in the registry's file.
    /// <paramref name="copyBack"/> rows stay in the log's file too, as an interrupted move leaves them.
    /// </summary>
    private async Task MoveLogBackIntoRegistryFileAsync(int copyBack)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = await OpenAsync(DatabaseFile);
        SqliteAccessLogFile.Attach(connection, AccessLogFile);
        var definitions = new List<string>();
        await using (var read = new SqliteCommand("SELECT sql FROM log.sqlite_master WHERE tbl_name = 'AccessLog' AND sql IS NOT NULL ORDER BY type = 'index'", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                definitions.Add(reader.GetString(0));
            }
        }

        // Unqualified, as the migrations made them: the table and its indexes in the main file.
        foreach (var definition in definitions)
        {
            await ExecuteAsync(connection, definition);
        }

        await ExecuteAsync(connection, """INSERT INTO main."AccessLog" SELECT * FROM log."AccessLog" """);
        await ExecuteAsync(connection, copyBack == 0 ? """DROP TABLE log."AccessLog" """ : $"""DELETE FROM log."AccessLog" WHERE "Sequence" > {copyBack}""");
    }

    private static async Task AssertMovedAsync(RegistryApplication registry, long entries)
    {
        await using (var registryFile = await OpenAsync(registry.DatabaseFile))
        {
            Assert.Equal(0, await ScalarAsync(registryFile, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'AccessLog'"));
        }

        await using (var logFile = await OpenAsync(registry.AccessLogFile))
        {
            Assert.Equal(entries, await ScalarAsync(logFile, """SELECT COUNT(*) FROM "AccessLog" """));
            Assert.Equal(entries, await ScalarAsync(logFile, """SELECT COUNT(DISTINCT "Sequence") FROM "AccessLog" """));
            Assert.Equal(entries, await ScalarAsync(logFile, """SELECT MAX("Sequence") FROM "AccessLog" """));
            Assert.Equal(3, await ScalarAsync(logFile, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'AccessLog' AND sql IS NOT NULL"));
        }

        var chain = await OfficerLog.VerifyAsync(registry);
        Assert.True(chain.GetProperty("valid").GetBoolean());
        Assert.True(chain.GetProperty("verifiedEntries").GetInt64() >= entries);
    }

    private static RegistryStartupException FindStartupFailure(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is RegistryStartupException stopped)
            {
                return stopped;
            }
        }

        throw new Xunit.Sdk.XunitException($"start-up failed otherwise: {exception.GetType().Name}");
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
