namespace GraphRegistry.Api.Statistics;

/// <summary>What a cell holds before publication: how many records, and the sum of their record keys.</summary>
public readonly record struct CellTally(long Count, long KeySum)
{
    /// <summary>The cell key, in [0, 1): the fraction the perturbation table is read at.</summary>
    public double Key => (double)((ulong)KeySum % RecordKeys.Modulus) / RecordKeys.Modulus;

    // Unchecked: the sum wraps modulo 2^64, which 2^32 divides, so the key is unchanged.
    public CellTally Add(long count, long keySum) => new(Count + count, unchecked(KeySum + keySum));

    public CellTally Add(CellTally other) => Add(other.Count, other.KeySum);
}
