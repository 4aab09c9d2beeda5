using GraphRegistry.Api.Agencies;

namespace GraphRegistry.Api.Privacy;

/// <summary>How one granted field is shown: in full, or masked in one way.</summary>
public sealed record FieldRule(FieldAccess Access, MaskKind? Mask)
{
    public static FieldRule Full { get; } = new(FieldAccess.Full, null);

    public static FieldRule Masked(MaskKind mask) => new(FieldAccess.Masked, mask);

    /// <summary>The form used in the seed file and in policy changes: FULL or MASKED(KIND).</summary>
    public override string ToString() => Mask is { } mask ? $"MASKED({MaskKindGraphType.WireName(mask)})" : "FULL";
}
