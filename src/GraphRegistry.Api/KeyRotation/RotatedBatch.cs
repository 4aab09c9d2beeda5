namespace GraphRegistry.Api.KeyRotation;

/// <summary>A batch after rewriting: its table, last key and size as read, and the rows that changed, each with its columns' (old, new) text interleaved.</summary>
internal sealed record RotatedBatch(EncryptedTable Table, long LastId, int RowsRead, List<(long Id, string?[] OldAndNew)> Changes);
