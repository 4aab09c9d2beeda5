namespace GraphRegistry.Api.KeyRotation;

/// <summary>Where a run is: rows walked in this pass out of all rows, and rows rewritten in the whole run.</summary>
public sealed record RotationProgress(int Pass, string Table, long Walked, long Total, long Rewritten);
