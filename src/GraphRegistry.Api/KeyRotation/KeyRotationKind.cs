namespace GraphRegistry.Api.KeyRotation;

/// <summary>What a rotate-keys run moves onto a new key.</summary>
public enum KeyRotationKind
{
    /// <summary>Every personal value re-encrypted under a new Data Protection key.</summary>
    DataProtection,

    /// <summary>Every national ID and IDCS re-indexed under a new blind-index key.</summary>
    BlindIndex,
}
