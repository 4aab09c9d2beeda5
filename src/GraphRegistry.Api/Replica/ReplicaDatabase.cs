using GraphRegistry.Api.Data;
using Npgsql;

namespace GraphRegistry.Api.Replica;

/// <summary>
/// The read replica named by <c>ConnectionStrings:RegistryReplica</c>: a PostgreSQL hot standby
/// of the registry's primary. Absent, every read goes to the primary.
/// </summary>
public sealed class ReplicaDatabase
{
    public const string ConnectionStringSetting = "ConnectionStrings:" + ConnectionStringName;
    private const string ConnectionStringName = "RegistryReplica";

    private ReplicaDatabase(NpgsqlConnectionStringBuilder npgsql)
    {
        ConnectionString = npgsql.ConnectionString;
        Location = $"PostgreSQL database '{npgsql.Database}' on {npgsql.Host}:{npgsql.Port}";
    }

    public string ConnectionString { get; }

    /// <summary>Where the replica is, for messages: never the password.</summary>
    public string Location { get; }

    /// <summary>
    /// The configured replica, or null when none is. Checked while the services are registered: a
    /// replica beside SQLite or a connection string that does not parse stops start-up, naming the setting.
    /// </summary>
    public static ReplicaDatabase? From(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        if (RegistryDatabase.ProviderFrom(configuration) != DatabaseProvider.PostgreSql)
        {
            throw new RegistryStartupException(
                $"{ConnectionStringSetting} is set but {RegistryDatabase.ProviderSetting} is not PostgreSQL: a read replica is a PostgreSQL standby. "
                + "Remove the setting or run on PostgreSQL. Start-up stopped; nothing was changed.");
        }

        try
        {
            return new ReplicaDatabase(RegistryDatabase.TunedPostgreSql(configured));
        }
        catch (ArgumentException)
        {
            // The parser's message may quote the string, password included: name the setting only.
            throw new RegistryStartupException($"{ConnectionStringSetting} is not a valid connection string. Start-up stopped; nothing was changed.");
        }
    }
}
