namespace GraphRegistry.Api.AccessLog;

/// <summary>One access to a citizen's data, told in plain words: who, when, why, what.</summary>
public sealed record CitizenAccess(long Sequence, DateTime OccurredAt, string Who, string? Why, IReadOnlyList<string> What, AccessOutcome Outcome);
