namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// One re-encryption run of <c>rotate-keys</c>: the key it moves every value onto and how far it
/// got. The cursor (pass, table, last key) is committed with each batch, so a run killed midway
/// resumes after its last committed batch and writes no row twice.
/// </summary>
public sealed class KeyRotationRun
{
    public required string RunId { get; init; }

    public KeyRotationKind Kind { get; init; }

    /// <summary>The key the run moves onto: a Data Protection key id, or a blind-index key's fingerprint (<see cref="Privacy.BlindIndexKeys.IdOf"/>).</summary>
    public Guid TargetKeyId { get; init; }

    /// <summary>1 for the first walk over the tables; later passes rewrite what nodes still wrote under an older key meanwhile.</summary>
    public int Pass { get; set; } = 1;

    /// <summary>The table the cursor is in (see <see cref="EncryptedTables"/>).</summary>
    public required string TableName { get; set; }

    /// <summary>The last row key committed in <see cref="TableName"/>; the next batch starts after it.</summary>
    public long AfterId { get; set; }

    /// <summary>Rows rewritten so far, all passes and attempts together.</summary>
    public long RowsRewritten { get; set; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }
}
