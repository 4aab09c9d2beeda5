namespace GraphRegistry.Api.KeyRotation;

/// <summary>Rows of one table read for re-encryption: each row's key and its encrypted columns' stored text, in column order.</summary>
internal sealed record RotationBatch(EncryptedTable Table, List<(long Id, string?[] Values)> Rows)
{
    public long LastId => Rows[^1].Id;
}
