namespace GraphRegistry.Api.AccessLog;

/// <summary>The outcome of walking the chain: how many entries held, and the first that did not.</summary>
public sealed record ChainVerification(bool Valid, long VerifiedEntries, long? FirstBrokenSequence, string? Problem);
