using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Which store the registry uses and how to reach it: <c>Registry:Database:Provider</c> (Sqlite,
/// the default, or PostgreSQL) and <c>ConnectionStrings:Registry</c>. SQLite without a connection
/// string uses the file in the data directory; PostgreSQL requires one.
/// </summary>
public sealed class RegistryDatabase
{
    public const string ProviderSetting = "Registry:Database:Provider";
    public const string ConnectionStringSetting = "ConnectionStrings:" + ConnectionStringName;
    private const string ConnectionStringName = "Registry";

    public RegistryDatabase(IConfiguration configuration, IOptions<RegistryDataOptions> options, RegistryDataDirectory directory)
    {
        Provider = CheckSettings(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var npgsql = TunedPostgreSql(configured);
            ConnectionString = npgsql.ConnectionString;
            Location = $"PostgreSQL database '{npgsql.Database}' on {npgsql.Host}:{npgsql.Port}";
            return;
        }

        var sqlite = new SqliteConnectionStringBuilder(configured) { Pooling = true };
        if (string.IsNullOrWhiteSpace(configured))
        {
            sqlite.DataSource = directory.Resolve(options.Value.DatabaseFile);
        }

        ConnectionString = sqlite.ToString();
        DatabaseFile = sqlite.DataSource;
        Location = $"SQLite file '{sqlite.DataSource}'";
    }

    /// <summary>
    /// A PostgreSQL connection string with the registry's pool settings added where it does not set
    /// them itself: the primary's and the replica's alike.
    /// </summary>
    public static NpgsqlConnectionStringBuilder TunedPostgreSql(string? configured)
    {
        var npgsql = new NpgsqlConnectionStringBuilder(configured);
        if (!Mentions(configured, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            npgsql.MaxAutoPrepare = AutoPreparedStatements;
        }

        // Pooled connections go back unreset unless the connection string says otherwise. The
        // reset (close cursors, unlisten, release advisory locks, discard temporary objects) was
        // parsed and run before the next statement on every connection taken from the pool: per
        // agency lookup, more work than its own prepared query. The registry keeps no session
        // state on pooled connections: settings are SET LOCAL, the access log's lock is
        // transaction-scoped, and the one session lock (start-up) is held on a connection of its
        // own outside the pool. Measured, 10,000 households, same run: 2,939 and 3,248 lookups/s
        // with the reset, 3,876 and 3,633 without; p99 19.6/18.6 -> 15.0/16.5 ms.
        if (!Mentions(configured, "No Reset On Close", "NoResetOnClose"))
        {
            npgsql.NoResetOnClose = true;
        }

        return npgsql;
    }

    /// <summary>
    /// Statements each PostgreSQL connection keeps prepared on the server once it has run them a
    /// few times (Npgsql's automatic preparation, off by default). Without it every query is parsed
    /// and planned anew: an agency lookup's one statement, a join with a counted subquery, cost more
    /// to plan than to run (measured, 10,000 households: 1,650 lookups/s without, 2,856 with). A
    /// connection string that sets Max Auto Prepare itself wins (0 turns it off, as a pooler in
    /// transaction mode needs).
    /// </summary>
    public const int AutoPreparedStatements = 64;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? DatabaseFile { get; }

    /// <summary>Where the data is, for messages: never the password.</summary>
    public string Location { get; }

    /// <summary>
    /// Checks both settings; called while the services are registered, so a wrong one stops the
    /// process before anything starts (and before the host logs a failure with a stack trace).
    /// </summary>
    public static DatabaseProvider CheckSettings(IConfiguration configuration)
    {
        var provider = ProviderFrom(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(configured))
        {
            throw new RegistryStartupException(
                $"{ProviderSetting} is PostgreSQL but {ConnectionStringSetting} is not set. Give the server's connection string "
                + "(Host=...;Port=...;Database=...;Username=...). Start-up stopped; nothing was changed.");
        }

        try
        {
            _ = provider == DatabaseProvider.PostgreSql ? new NpgsqlConnectionStringBuilder(configured) : (DbConnectionStringBuilder)new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException)
        {
            // The parser's message may quote the string, password included: name the setting only.
            throw new RegistryStartupException($"{ConnectionStringSetting} is not a valid connection string. Start-up stopped; nothing was changed.");
        }

        return provider;
    }

    /// <summary>Reads the provider setting; a name that is not a provider stops start-up, naming the setting.</summary>
    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var name = configuration[ProviderSetting];
        return name?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
            _ => throw new RegistryStartupException(
                $"{ProviderSetting} is '{name}', which is not a database provider the registry knows. Use 'Sqlite' or 'PostgreSQL'. "
                + "Start-up stopped; nothing was changed."),
        };
    }

    private static bool Mentions(string? connectionString, params string[] keywords)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return keywords.Any(given.ContainsKey);
    }
}
