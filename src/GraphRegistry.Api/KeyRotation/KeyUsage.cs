namespace GraphRegistry.Api.KeyRotation;

/// <summary>How many encrypted values are under one Data Protection key (<see cref="Guid.Empty"/>: under a key the ring does not hold).</summary>
public sealed record KeyUsage(Guid KeyId, bool IsRunKey, bool IsRevoked, long Values);
