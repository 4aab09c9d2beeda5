namespace GraphRegistry.Api.Limits;

/// <summary>The quota counter could not count (its database refused, timed out or is unreachable): the request must fail closed.</summary>
public sealed class QuotaStoreUnavailableException(Exception inner) : Exception("The agency quota store is unavailable.", inner);
