namespace GraphRegistry.Api.KeyRotation;

/// <summary>A table keyed by a 64-bit "Id" with encrypted columns.</summary>
public sealed record EncryptedTable(string Name, IReadOnlyList<EncryptedColumn> Columns);
