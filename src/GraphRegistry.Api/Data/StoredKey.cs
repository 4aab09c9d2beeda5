namespace GraphRegistry.Api.Data;

/// <summary>
/// Key material kept in the database so that every node reads the same keys: the Data Protection
/// key ring's XML elements and the blind-index key (itself encrypted by the key ring). Used with
/// PostgreSQL only; a SQLite registry keeps its keys as files beside the database.
/// </summary>
public sealed class StoredKey
{
    public required string Name { get; init; }

    public required string Value { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
