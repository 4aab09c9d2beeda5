namespace GraphRegistry.Api.Graph;

public sealed class GraphOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest page a connection returns; asking for more is an INVALID_ARGUMENT error.</summary>
    public int MaxPageSize { get; set; } = 100;

    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Largest request body accepted, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Total characters of query text kept in the parsed-document cache.</summary>
    public long DocumentCacheCharacters { get; set; } = 2_000_000;
}
