namespace GraphRegistry.Api.Privacy.Masking;

/// <summary>What a mask may need beside the value: the key basis of a pseudonym, the household's region.</summary>
public sealed record MaskContext(byte[]? PseudonymBasis = null, string? RegionName = null);
