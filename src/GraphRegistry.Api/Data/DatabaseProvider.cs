namespace GraphRegistry.Api.Data;

/// <summary>The stores the registry runs on, chosen by <c>Registry:Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the registry: one machine, keys as files in the data directory.</summary>
    Sqlite,

    /// <summary>A server shared by several nodes: keys in the database, one access log chain for all.</summary>
    PostgreSql,
}
