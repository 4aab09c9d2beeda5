using System.Diagnostics;
using Npgsql;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// A hot standby of the test server (REGISTRY_TEST_POSTGRES), made by `.ci/postgres.sh standby`
/// with pg_basebackup and streaming from it over loopback, for the tests of the read replica. Every
/// database the tests create on the primary appears on it. Null <see cref="Server"/> when no
/// PostgreSQL server was started.
/// </summary>
public sealed class StreamingStandby : IDisposable
{
    private readonly string? directory;

    public StreamingStandby()
    {
        if (TestDatabase.Server is not { } primary)
        {
            return;
        }

        var primaryPort = new NpgsqlConnectionStringBuilder(primary).Port;
        var exports = Script("standby", primaryPort.ToString(System.Globalization.CultureInfo.InvariantCulture), RegistryProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        directory = Export(exports, "PG_STANDBY_DIR");
        Server = Export(exports, "REGISTRY_TEST_POSTGRES_REPLICA");
    }

    /// <summary>The standby's maintenance database; null when there is no test server.</summary>
    public string? Server { get; }

    /// <summary>The replica of a registry's database: the same name on the standby.</summary>
    public string ConnectionStringFor(string dataDirectory) =>
        new NpgsqlConnectionStringBuilder(Server!) { Database = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionStringFor(dataDirectory)).Database }.ConnectionString;

    /// <summary>The standby goes down, as a crash or a maintenance stop would take it.</summary>
    public void Halt() => Script("halt", directory!);

    public void Resume() => Script("resume", directory!);

    /// <summary>The standby keeps receiving WAL but applies none of it: it falls behind while the primary moves on.</summary>
    public Task PauseReplayAsync() => ExecuteAsync("SELECT pg_wal_replay_pause()");

    public Task ResumeReplayAsync() => ExecuteAsync("SELECT pg_wal_replay_resume()");

    /// <summary>Waits until the standby has replayed everything the primary had flushed when called.</summary>
    public async Task CatchUpAsync(TimeSpan timeout)
    {
        await using var primary = new NpgsqlConnection(TestDatabase.RequireServer());
        await primary.OpenAsync();
        await using var flushed = new NpgsqlCommand("SELECT pg_current_wal_flush_lsn()::text", primary);
        var target = (string)(await flushed.ExecuteScalarAsync())!;
        var deadline = DateTime.UtcNow + timeout;
        await using var standby = new NpgsqlConnection(Server);
        await standby.OpenAsync();
        await using var replayed = new NpgsqlCommand($"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn", standby);
        while (!(bool)(await replayed.ExecuteScalarAsync())!)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the standby did not replay up to {target} within {timeout}");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        if (directory is not null)
        {
            Script("stop", directory);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Script(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, ".ci", "postgres.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEnd();
        script.WaitForExit();
        Assert.True(script.ExitCode == 0, $".ci/postgres.sh {string.Join(' ', arguments)} failed: {errors}");
        return output.Result;
    }

    private static string Export(string exports, string name) =>
        exports.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith($"export {name}=", StringComparison.Ordinal))[$"export {name}=".Length..].Trim('\'');
}
